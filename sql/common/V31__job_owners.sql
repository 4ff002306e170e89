-- Which process runs (or ran) each job execution: host, pid and the process's start instant. A run
-- killed by SIGKILL or a power cut leaves its execution STARTED; `restart` and `status` use this row
-- (and, on MySQL/MariaDB, the per-execution named lock the owner holds) to tell a dead owner from a
-- live one.
CREATE TABLE job_owners (
    job_execution_id  BIGINT        NOT NULL PRIMARY KEY,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    process_started   VARCHAR(40)   NOT NULL,
    claimed_at        DATETIME(6)   NOT NULL
);
