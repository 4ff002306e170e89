-- 835 payments (one per transaction set: BPR with TRN), kept for month-end matching against the
-- bank's deposits (DOMAIN.md §8.1). Filled by `import era`.
CREATE TABLE era_payments (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    eft_trace         VARCHAR(80)   NOT NULL,
    payer_code        VARCHAR(40),
    era_payer_id      VARCHAR(80),
    amount            DECIMAL(13,2) NOT NULL,
    paid_on           DATE          NOT NULL,
    source_file       VARCHAR(300)  NOT NULL,
    source_ref        VARCHAR(300)  NOT NULL,
    file_sha256       CHAR(64)      NOT NULL,
    job_execution_id  BIGINT        NOT NULL
);
CREATE INDEX era_payments_trace ON era_payments (eft_trace);
CREATE INDEX era_payments_paid_on ON era_payments (paid_on);
