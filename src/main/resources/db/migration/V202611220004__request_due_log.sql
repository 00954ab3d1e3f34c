-- The last due date logged for a case (computed when the case was received or moved, and when a holiday
-- notice was loaded). Due dates are still derived from the facts on every read: this column only lets a
-- calendar change tell which open deadlines it moved, so each move is written to the case's event log.
ALTER TABLE req_case ADD COLUMN last_due_on DATE;
