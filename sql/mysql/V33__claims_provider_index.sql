-- No query looks claims up by provider (reports and month end group settlements, ledger entries and
-- claims reached by id), while every imported claim paid for this index: its entries go in at as many
-- places as there are providers. Measured on 1,000,000 claims loaded in one statement: 11.5-12.7 s
-- with it, 8.4-9.4 s without.
DROP INDEX claims_provider ON claims;
