-- Gap-free serial numbers (index numbers, tracking numbers) per series, agency and year. A number is
-- taken inside the transaction that uses it, under a row lock, so a rollback gives it back.
CREATE TABLE plt_serial (
    series     VARCHAR(40) NOT NULL,
    scope_id   BIGINT      NOT NULL,
    serial_year INTEGER    NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (series, scope_id, serial_year)
);
