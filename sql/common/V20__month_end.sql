-- Month-end reconciliation (DOMAIN.md §8).

-- The bank's side (deposits.csv, DOMAIN.md §5.3): matched to 835 payments by trace and amount.
CREATE TABLE deposits (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    deposit_date      DATE          NOT NULL,
    amount            DECIMAL(13,2) NOT NULL,
    eft_trace         VARCHAR(80)   NOT NULL,
    source_file       VARCHAR(300)  NOT NULL,
    source_ref        VARCHAR(300)  NOT NULL,
    job_execution_id  BIGINT        NOT NULL
);
CREATE INDEX deposits_trace ON deposits (eft_trace);
CREATE INDEX deposits_date ON deposits (deposit_date);

-- Months (YYYY-MM) closed by a reconciliation (§8 step 7): nothing dated in them changes; a settlement run
-- for a date in one is refused.
CREATE TABLE closed_months (
    closed_month      CHAR(7)       NOT NULL PRIMARY KEY,
    closed_at         DATETIME(6)   NOT NULL,
    closed_by         VARCHAR(100)  NOT NULL,
    job_execution_id  BIGINT        NOT NULL
);

-- Every reopening of a closed month (reconcile --reopen): who, when, and the close it undid.
CREATE TABLE month_reopenings (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reopened_month    CHAR(7)       NOT NULL,
    reopened_at       DATETIME(6)   NOT NULL,
    reopened_by       VARCHAR(100)  NOT NULL,
    was_closed_at     DATETIME(6)   NOT NULL,
    was_closed_by     VARCHAR(100)  NOT NULL
);
CREATE INDEX month_reopenings_month ON month_reopenings (reopened_month);

-- What month-end reads by date: remittances posted (first settled) in a month.
CREATE INDEX remittances_settled_on ON remittances (settled_on);
