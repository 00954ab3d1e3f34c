-- Holiday notices (国务院办公厅关于部分节假日安排的通知), one per year, and their exceptional days.
-- A notice may list a date of the adjacent year (late-December make-up days), hence the key.
CREATE TABLE cal_year (
    notice_year INTEGER                  NOT NULL PRIMARY KEY,
    source      VARCHAR(20)              NOT NULL,
    papers      VARCHAR(2000),
    loaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by   VARCHAR(100)             NOT NULL
);

CREATE TABLE cal_day (
    notice_year INTEGER     NOT NULL REFERENCES cal_year (notice_year),
    on_date     DATE        NOT NULL,
    name        VARCHAR(50) NOT NULL,
    off_day     BOOLEAN     NOT NULL,
    PRIMARY KEY (notice_year, on_date)
);
