-- Every settlement chunk marks the remittances it included (settled_on): an index that holds
-- settled_on makes each mark move index entries. Claim lookups need (claim_id, paid_on) only, and the
-- month-end query on settled_on runs once a month and can scan.
DROP INDEX remittances_claim ON remittances;
CREATE INDEX remittances_claim ON remittances (claim_id, paid_on);
DROP INDEX remittances_settled_on ON remittances;
