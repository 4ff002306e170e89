-- What the billing staff did about a dispute (DOMAIN.md §5.4, §7.5), imported from
-- dispute_actions.csv and applied by the first settlement run whose business date reaches
-- action_date. outcome: APPLIED, or NO_DISPUTE when the claim had no open dispute of that kind.
CREATE TABLE dispute_actions (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    claim_id      BIGINT        NOT NULL,
    claim_number  VARCHAR(50)   NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    action        VARCHAR(30)   NOT NULL,
    action_date   DATE          NOT NULL,
    source_ref    VARCHAR(300)  NOT NULL,
    applied_on    DATE,
    outcome       VARCHAR(20)
);
CREATE INDEX dispute_actions_pending ON dispute_actions (applied_on, action_date);
