-- Regulations art. 33: the clerk of the case proposes the extension with a reason and the head of the office
-- decides. The pending proposal (one at a time), and the last one sent back with the leader's comment (the case
-- log keeps every one).
ALTER TABLE req_case ADD COLUMN extension_proposed_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN extension_proposed_on DATE;
ALTER TABLE req_case ADD COLUMN extension_proposal VARCHAR(500);
ALTER TABLE req_case ADD COLUMN extension_returned_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN extension_returned_on DATE;
ALTER TABLE req_case ADD COLUMN extension_return_comment VARCHAR(1000);
