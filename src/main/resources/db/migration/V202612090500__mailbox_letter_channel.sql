-- How a letter reached the agency: the website (every letter so far), the supervision telephone, the suggestion
-- box, the comment book, a visit or a new-media account; staff register the others with their day of receipt.
-- A new-media message names the account (its id in the channels inventory and its label at registration).
ALTER TABLE mbx_letter ADD COLUMN channel VARCHAR(20) DEFAULT 'WEBSITE' NOT NULL;
ALTER TABLE mbx_letter ADD COLUMN channel_account_id BIGINT;
ALTER TABLE mbx_letter ADD COLUMN channel_account VARCHAR(120);
ALTER TABLE mbx_letter ADD COLUMN registered_by VARCHAR(60);
-- How the reply reached the writer: WRITTEN or PHONE (NULL before the reply).
ALTER TABLE mbx_letter ADD COLUMN reply_mode VARCHAR(10);
-- A message taken on the telephone or found in the suggestion box may come without a name.
ALTER TABLE mbx_letter ALTER COLUMN writer_name DROP NOT NULL;
CREATE INDEX mbx_letter_received ON mbx_letter (receiving_agency_id, received_on);
