-- A settled claim is pending again while it holds a remittance no settlement has included
-- (remittances.settled_on IS NULL, paid by the business date): the pending query reads that from
-- the remittances' claim index. The copy of it kept on the claim row made every remittance import
-- read and write claim rows, scattered over the table in the order payers pay.
ALTER TABLE claims DROP COLUMN next_remit_on;
