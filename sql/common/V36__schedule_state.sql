-- The nightly schedule of a `serve` process, read by `status` and the operator's page in any process:
-- when it fires next, what it runs now, and the failure it stopped retrying. The serve process writes
-- heartbeat_at every few seconds: a row whose heartbeat is old belongs to a process that is gone, so
-- its next run is not shown as scheduled (a failure stays shown until its date is settled).
CREATE TABLE schedule_state (
    schedule_name  VARCHAR(40)    NOT NULL PRIMARY KEY,
    host           VARCHAR(255)   NOT NULL,
    pid            BIGINT         NOT NULL,
    heartbeat_at   DATETIME(6)    NOT NULL,
    next_run_at    DATETIME(6),
    running        VARCHAR(200),
    failed_kind    VARCHAR(20),
    failed_on      DATE,
    failure        VARCHAR(2000),
    failed_at      DATETIME(6)
);
