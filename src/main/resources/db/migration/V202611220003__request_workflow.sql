-- The case workflow after receipt (Regulations arts. 30-36): the facts that move the clock are kept on the
-- case, and every move is also written to the case's event log (req_case_step). Due dates are not stored:
-- they are recomputed from these facts and the loaded holiday notices.
ALTER TABLE req_case ADD COLUMN correction_requested_on DATE;
ALTER TABLE req_case ADD COLUMN correction_period_ends_on DATE;
ALTER TABLE req_case ADD COLUMN correction_received_on DATE;
ALTER TABLE req_case ADD COLUMN extended_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN extended_on DATE;
ALTER TABLE req_case ADD COLUMN extension_reason VARCHAR(500);
ALTER TABLE req_case ADD COLUMN outcome_row VARCHAR(10);
ALTER TABLE req_case ADD COLUMN decision_note VARCHAR(2000);
ALTER TABLE req_case ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN decided_on DATE;
ALTER TABLE req_case ADD COLUMN approved_by VARCHAR(100);
ALTER TABLE req_case ADD COLUMN approved_on DATE;
ALTER TABLE req_case ADD COLUMN closed_on DATE;
ALTER TABLE req_case ADD COLUMN assignee VARCHAR(100);

-- Consultations of third parties (art. 32) and other agencies (art. 34): the clock stands still meanwhile.
CREATE TABLE req_consultation (
    case_id      BIGINT      NOT NULL REFERENCES req_case (id),
    position     INTEGER     NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    sent_on      DATE        NOT NULL,
    answered_on  DATE,
    PRIMARY KEY (case_id, position)
);

-- What moved the case and its clock, in order.
CREATE TABLE req_case_step (
    case_id      BIGINT                   NOT NULL REFERENCES req_case (id),
    position     INTEGER                  NOT NULL,
    kind         VARCHAR(40)              NOT NULL,
    on_date      DATE                     NOT NULL,
    actor        VARCHAR(100)             NOT NULL,
    detail       VARCHAR(2000),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, position)
);
