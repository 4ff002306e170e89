-- settlements.csv is written as the settlement goes (reports/SettlementParts): each partition of the
-- settle step appends its rows, sorted within each chunk, to files of its own, and the report step merges
-- them instead of reading the day's settlements back. This row, updated in each chunk's transaction,
-- says how much of a partition's files is committed, so a restart cuts off what a killed chunk wrote,
-- and holds a checksum of the committed rows, so that files a power cut left different are not merged.
CREATE TABLE settlement_report_parts (
    business_date DATE        NOT NULL,
    part          VARCHAR(40) NOT NULL,
    runs          INT         NOT NULL,
    bytes         BIGINT      NOT NULL,
    row_count     BIGINT      NOT NULL,
    last_key      VARCHAR(50),
    checksum      BIGINT      NOT NULL,
    PRIMARY KEY (business_date, part)
);
