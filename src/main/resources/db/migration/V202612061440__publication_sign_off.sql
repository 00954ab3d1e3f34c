-- The leader's sign-off (领导签发) before publication, per agency: when required, a confidentiality
-- reviewer's approval passes the item to the agency's leader, whose approval publishes (or schedules) it.
-- An agency without a row does not require it.
CREATE TABLE pub_sign_off_setting (
    agency_id         BIGINT                   NOT NULL PRIMARY KEY REFERENCES agc_agency (id),
    sign_off_required BOOLEAN                  NOT NULL,
    changed_by        VARCHAR(100)             NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
