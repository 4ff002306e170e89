-- See sql/mysql/V37__remittances_no_trace_index.sql: the same change in H2's syntax.
DROP INDEX IF EXISTS remittances_trace;
