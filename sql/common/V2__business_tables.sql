-- Business tables of AOB Settlement (README "Data model"). Money is DECIMAL(13,2), rates are
-- fractions, instants are DATETIME(6) in UTC. Written to run unchanged on MySQL 8, MariaDB 10.11+
-- and H2 in MySQL mode.

CREATE TABLE providers (
    npi            CHAR(10)      NOT NULL PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    fee_pct        DECIMAL(9,6)  NOT NULL,
    payment_route  VARCHAR(20)   NOT NULL
);

-- One row per payer and effective date; an empty (NULL) rule column takes the payer type's default.
CREATE TABLE payers (
    payer_code           VARCHAR(40)   NOT NULL,
    effective_from       DATE          NOT NULL,
    name                 VARCHAR(200)  NOT NULL,
    payer_type           VARCHAR(30)   NOT NULL,
    era_payer_id         VARCHAR(80),
    allowed_pct          DECIMAL(9,6),
    prompt_pay_days      INT,
    prompt_pay_day_kind  VARCHAR(10),
    interest_apr         DECIMAL(9,6),
    appeal_window_days   INT,
    timely_filing        VARCHAR(20),
    tolerance_abs        DECIMAL(13,2),
    tolerance_pct        DECIMAL(9,6),
    sequestration_pct    DECIMAL(9,6),
    nsa_applies          BOOLEAN,
    PRIMARY KEY (payer_code, effective_from)
);
CREATE INDEX payers_era_id ON payers (era_payer_id);

CREATE TABLE fee_schedule (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    payer_code      VARCHAR(40)   NOT NULL,
    procedure_code  CHAR(5)       NOT NULL,
    allowed_amount  DECIMAL(13,2) NOT NULL,
    effective_from  DATE          NOT NULL,
    effective_to    DATE
);
CREATE UNIQUE INDEX fee_schedule_key ON fee_schedule (payer_code, procedure_code, effective_from);

-- Claims that passed the import checks. status is the outcome of the latest settlement.
-- next_remit_on: the earliest paid_on of a remittance no settlement has included yet; a SETTLED
-- claim is pending again once a run's business date reaches it (DOMAIN.md §6.1).
CREATE TABLE claims (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_number    VARCHAR(50)   NOT NULL,
    assignment_ref  VARCHAR(80)   NOT NULL,
    provider_npi    CHAR(10)      NOT NULL,
    payer_code      VARCHAR(40)   NOT NULL,
    patient_ref     VARCHAR(80)   NOT NULL,
    network         VARCHAR(3)    NOT NULL,
    service_date    DATE          NOT NULL,
    authorized_at   DATETIME(6)   NOT NULL,
    submitted_at    DATETIME(6),
    status          VARCHAR(20)   NOT NULL,
    next_remit_on   DATE,
    last_settled_on DATE,
    source_file     VARCHAR(300)  NOT NULL
);
CREATE UNIQUE INDEX claims_number ON claims (claim_number);
CREATE INDEX claims_provider ON claims (provider_npi);

CREATE TABLE claim_lines (
    claim_id        BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    procedure_code  CHAR(5)       NOT NULL,
    units           INT           NOT NULL,
    billed_amount   DECIMAL(13,2) NOT NULL,
    PRIMARY KEY (claim_id, line_no)
);

-- Claims rejected at import: kept apart from claims (nothing of a rejected claim enters the claim
-- tables); a later file may replace them (DOMAIN.md §4).
CREATE TABLE rejected_claims (
    claim_number    VARCHAR(50)   NOT NULL PRIMARY KEY,
    reason_code     VARCHAR(40)   NOT NULL,
    source_file     VARCHAR(300)  NOT NULL,
    first_line      INT           NOT NULL,
    rejected_at     DATETIME(6)   NOT NULL
);

-- Remittances from CSV files or 835 ERA files. claim_id NULL: money for an unknown claim
-- (unmatched money, kept for month-end). settled_on: the business date of the settlement that
-- first included it.
CREATE TABLE remittances (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id               BIGINT,
    claim_number           VARCHAR(50)   NOT NULL,
    status_code            VARCHAR(4)    NOT NULL,
    charge_amount          DECIMAL(13,2) NOT NULL,
    paid_amount            DECIMAL(13,2) NOT NULL,
    patient_responsibility DECIMAL(13,2) NOT NULL,
    interest_paid          DECIMAL(13,2) NOT NULL,
    paid_on                DATE          NOT NULL,
    eft_trace              VARCHAR(80)   NOT NULL,
    payer_claim_control    VARCHAR(80),
    source                 VARCHAR(10)   NOT NULL,
    source_file            VARCHAR(300)  NOT NULL,
    source_ref             VARCHAR(300)  NOT NULL,
    settled_on             DATE
);
CREATE INDEX remittances_claim ON remittances (claim_id, settled_on, paid_on);
CREATE INDEX remittances_number ON remittances (claim_number);
CREATE INDEX remittances_trace ON remittances (eft_trace);

-- One row per claim and business date: the claim's position as of that date (DOMAIN.md §10).
CREATE TABLE settlements (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id               BIGINT        NOT NULL,
    claim_number           VARCHAR(50)   NOT NULL,
    provider_npi           CHAR(10)      NOT NULL,
    payer_code             VARCHAR(40)   NOT NULL,
    business_date          DATE          NOT NULL,
    job_execution_id       BIGINT        NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    billed                 DECIMAL(13,2) NOT NULL,
    allowed                DECIMAL(13,2) NOT NULL,
    patient_responsibility DECIMAL(13,2) NOT NULL,
    payer_expected         DECIMAL(13,2) NOT NULL,
    payer_paid             DECIMAL(13,2) NOT NULL,
    underpaid              DECIMAL(13,2) NOT NULL,
    interest_due           DECIMAL(13,2) NOT NULL,
    interest_paid          DECIMAL(13,2) NOT NULL,
    refund_reserve         DECIMAL(13,2) NOT NULL,
    collected              DECIMAL(13,2) NOT NULL,
    fee                    DECIMAL(13,2) NOT NULL,
    net_to_provider        DECIMAL(13,2) NOT NULL,
    write_off              DECIMAL(13,2) NOT NULL,
    submitted_date         DATE,
    due_date               DATE,
    remit_date             DATE,
    appeal_deadline        DATE,
    filing_deadline        DATE
);
CREATE UNIQUE INDEX settlements_claim_date ON settlements (claim_id, business_date);
CREATE INDEX settlements_date ON settlements (business_date, claim_number);

-- Append-only: what changed in a claim's position, dated by business date. The sum of a claim's
-- entries equals its latest settlement (DOMAIN.md §6.4, §9). (claim_id, business_date) names the
-- settlement an entry follows.
CREATE TABLE ledger_entries (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id         BIGINT        NOT NULL,
    provider_npi     CHAR(10)      NOT NULL,
    business_date    DATE          NOT NULL,
    collected        DECIMAL(13,2) NOT NULL,
    fee              DECIMAL(13,2) NOT NULL,
    net_to_provider  DECIMAL(13,2) NOT NULL,
    refund_reserve   DECIMAL(13,2) NOT NULL,
    write_off        DECIMAL(13,2) NOT NULL
);
CREATE INDEX ledger_claim ON ledger_entries (claim_id);
CREATE INDEX ledger_date ON ledger_entries (business_date, provider_npi);

CREATE TABLE disputes (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id        BIGINT        NOT NULL,
    claim_number    VARCHAR(50)   NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    amount          DECIMAL(13,2) NOT NULL,
    opened_on       DATE          NOT NULL,
    respond_by      DATE,
    status          VARCHAR(20)   NOT NULL,
    closed_on       DATE,
    action_date     DATE,
    changed_on      DATE          NOT NULL
);
CREATE INDEX disputes_claim ON disputes (claim_id, kind);
CREATE INDEX disputes_changed ON disputes (changed_on);

-- Every input or claim that could not be taken as it was, with its reason (DOMAIN.md §4).
-- reported_on: the business date whose exceptions.csv listed it.
CREATE TABLE exceptions (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source            VARCHAR(300)  NOT NULL,
    record_ref        VARCHAR(300)  NOT NULL,
    reason_code       VARCHAR(40)   NOT NULL,
    message           VARCHAR(1000) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    job_execution_id  BIGINT,
    reported_on       DATE
);
CREATE INDEX exceptions_reported ON exceptions (reported_on);

-- Per provider and business date: the sums of the day's ledger deltas (DOMAIN.md §6.4).
CREATE TABLE provider_totals (
    business_date    DATE          NOT NULL,
    provider_npi     CHAR(10)      NOT NULL,
    claims           INT           NOT NULL,
    collected        DECIMAL(13,2) NOT NULL,
    fee              DECIMAL(13,2) NOT NULL,
    net_to_provider  DECIMAL(13,2) NOT NULL,
    PRIMARY KEY (business_date, provider_npi)
);

-- Files taken by an import job, by content hash.
CREATE TABLE import_files (
    sha256            CHAR(64)      NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    file_name         VARCHAR(300)  NOT NULL,
    job_execution_id  BIGINT        NOT NULL,
    imported_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (kind, sha256)
);
