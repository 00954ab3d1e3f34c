-- A delivered file the clerk removed before the reply was released: kept (its redaction log
-- points to it, the case log names it) but no longer delivered.
ALTER TABLE req_delivered_file ADD COLUMN removed_by VARCHAR(100);
ALTER TABLE req_delivered_file ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
