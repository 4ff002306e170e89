-- See sql/mysql/V32__remittance_indexes.sql: the same change in H2's syntax.
DROP INDEX IF EXISTS remittances_claim;
CREATE INDEX remittances_claim ON remittances (claim_id, paid_on);
DROP INDEX IF EXISTS remittances_settled_on;
