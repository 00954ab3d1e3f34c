-- The period a village posting covers (村务公开, Organic Law of Villagers' Committees art. 30): one row per
-- publication drafted on the village pages for a column with a cadence; the township's view reads what is due and
-- missing from it. The publication itself (status, dates, reviews) stays in pub_item.
CREATE TABLE vil_posting (
    publication_id BIGINT      NOT NULL PRIMARY KEY,
    agency_id      BIGINT      NOT NULL,
    column_id      BIGINT      NOT NULL,
    column_code    VARCHAR(40) NOT NULL,
    cadence        VARCHAR(20) NOT NULL,
    period_year    INT         NOT NULL,
    period_number  INT         NOT NULL,
    created_by     VARCHAR(50) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX vil_posting_agency ON vil_posting (agency_id, column_code, period_year, period_number);
