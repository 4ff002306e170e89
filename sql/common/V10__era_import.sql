-- X12 835 (ERA) import (DOMAIN.md §5.1). era_payments (V4) holds one row per posted payment.

-- 835 files taken by `import era`, by content hash. status: POSTED (every transaction posted),
-- PARTIAL (some transactions quarantined) or QUARANTINED (the whole file: it does not parse).
CREATE TABLE era_files (
    sha256            CHAR(64)      NOT NULL PRIMARY KEY,
    file_name         VARCHAR(300)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    transactions      INT           NOT NULL,
    posted            INT           NOT NULL,
    quarantined       INT           NOT NULL,
    job_execution_id  BIGINT        NOT NULL,
    imported_at       DATETIME(6)   NOT NULL
);

-- One row per transaction set (ST..SE) of a file, written in the same database transaction as its
-- postings: a restarted import skips what is here (exactly once). ordinal: 1 for the file's first ST.
CREATE TABLE era_transactions (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_sha256       CHAR(64)      NOT NULL,
    ordinal           INT           NOT NULL,
    file_name         VARCHAR(300)  NOT NULL,
    control_ref       VARCHAR(100)  NOT NULL,
    eft_trace         VARCHAR(80),
    era_payer_id      VARCHAR(80),
    payer_code        VARCHAR(40),
    amount            DECIMAL(13,2),
    paid_on           DATE,
    claims            INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    reason_code       VARCHAR(40),
    job_execution_id  BIGINT        NOT NULL,
    processed_at      DATETIME(6)   NOT NULL
);
CREATE UNIQUE INDEX era_transactions_key ON era_transactions (file_sha256, ordinal);

-- What was quarantined (a transaction, or the whole file when ordinal is NULL), why, and where its
-- original bytes are. resolved_at: when a later import posted it.
CREATE TABLE era_quarantine (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name         VARCHAR(300)  NOT NULL,
    file_sha256       CHAR(64)      NOT NULL,
    ordinal           INT,
    reason_code       VARCHAR(40)   NOT NULL,
    message           VARCHAR(1000) NOT NULL,
    quarantine_path   VARCHAR(1000) NOT NULL,
    eft_trace         VARCHAR(80),
    era_payer_id      VARCHAR(80),
    amount            DECIMAL(13,2),
    job_execution_id  BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    resolved_at       DATETIME(6)
);
CREATE INDEX era_quarantine_file ON era_quarantine (file_sha256, ordinal);
CREATE INDEX era_quarantine_trace ON era_quarantine (eft_trace);

-- Service lines (SVC with their DTM dates) of the posted claims; claim_index is the CLP's place in
-- its transaction (1-based), as in the remittance's source_ref.
CREATE TABLE era_service_lines (
    era_transaction_id BIGINT       NOT NULL,
    claim_index       INT           NOT NULL,
    line_index        INT           NOT NULL,
    claim_number      VARCHAR(50)   NOT NULL,
    procedure_code    VARCHAR(80),
    charge_amount     DECIMAL(13,2) NOT NULL,
    paid_amount       DECIMAL(13,2) NOT NULL,
    units             DECIMAL(13,3),
    service_from      DATE,
    service_to        DATE,
    PRIMARY KEY (era_transaction_id, claim_index, line_index)
);

-- CAS adjustments of the posted claims: claim level (line_index NULL) and line level.
CREATE TABLE era_adjustments (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    era_transaction_id BIGINT       NOT NULL,
    claim_index       INT           NOT NULL,
    line_index        INT,
    group_code        VARCHAR(2)    NOT NULL,
    reason_code       VARCHAR(5)    NOT NULL,
    amount            DECIMAL(13,2) NOT NULL,
    quantity          DECIMAL(13,3)
);
CREATE INDEX era_adjustments_tx ON era_adjustments (era_transaction_id, claim_index);

-- PLB provider-level adjustments, kept for reconciliation and not attributed to claims (DOMAIN.md
-- §5.1). A negative amount raises the payment (e.g. L6 interest); a positive one lowers it (e.g.
-- WO overpayment recovery).
CREATE TABLE era_provider_adjustments (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    era_transaction_id BIGINT       NOT NULL,
    provider_id       VARCHAR(50)   NOT NULL,
    fiscal_period     DATE,
    reason_code       VARCHAR(2)    NOT NULL,
    reference         VARCHAR(80),
    amount            DECIMAL(13,2) NOT NULL,
    eft_trace         VARCHAR(80)   NOT NULL,
    paid_on           DATE          NOT NULL
);
CREATE INDEX era_provider_adjustments_tx ON era_provider_adjustments (era_transaction_id);
