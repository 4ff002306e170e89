-- Which worker process took each remote partition (a step execution of settleClaimsWorker): the primary
-- key makes the claim atomic, so a request RabbitMQ delivers twice is run once. With the per-partition
-- named lock the worker holds while it runs (aob:step:ID), it tells a dead worker from a slow one.
CREATE TABLE partition_owners (
    step_execution_id BIGINT        NOT NULL PRIMARY KEY,
    job_execution_id  BIGINT        NOT NULL,
    host              VARCHAR(255)  NOT NULL,
    pid               BIGINT        NOT NULL,
    process_started   VARCHAR(40)   NOT NULL,
    claimed_at        DATETIME(6)   NOT NULL
);
CREATE INDEX partition_owners_job ON partition_owners (job_execution_id);
