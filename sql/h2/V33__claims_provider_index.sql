-- See sql/mysql/V33__claims_provider_index.sql: the same change in H2's syntax.
DROP INDEX IF EXISTS claims_provider;
