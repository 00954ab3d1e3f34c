-- Issue 12 (case): the correction notice lists what to correct, item by item (Regulations art. 30:
-- "一次性告知申请人作出补正，说明需要补正的事项"), and a leader may send a proposed answer back with a comment.
CREATE TABLE req_correction_item (
    case_id     BIGINT       NOT NULL REFERENCES req_case (id),
    position    INTEGER      NOT NULL,
    missing     VARCHAR(300) NOT NULL,
    suggestion  VARCHAR(300),
    PRIMARY KEY (case_id, position)
);

-- The last time a leader sent the proposed answer back: who, when and why (the case log keeps every one).
ALTER TABLE req_case ADD COLUMN returned_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN returned_on DATE;
ALTER TABLE req_case ADD COLUMN return_comment VARCHAR(1000);
