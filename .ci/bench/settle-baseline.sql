-- The set-based baseline of `make bench`: the end-of-day settlement of DOMAIN.md §6.2-6.3 done by the
-- database alone, for the calendar-day rules the generated data uses, in one transaction.
-- @D is the business date. Written the way a DBA would: one pass over each table, joined on primary
-- keys or the claim index, aggregates per claim in in-memory work tables (MEMORY engine, hash primary
-- keys: no redo, no buffer pool pages, measured faster than InnoDB temporary tables), then one
-- INSERT … SELECT per output table and one UPDATE of the claims. No row-by-row work.
SET SESSION max_heap_table_size = 8 * 1024 * 1024 * 1024, tmp_table_size = 8 * 1024 * 1024 * 1024;
START TRANSACTION;

-- the payer row in force on each pending claim's service date, with its type's defaults
CREATE TEMPORARY TABLE b_rule (PRIMARY KEY (claim_id)) ENGINE=MEMORY AS
SELECT c.id AS claim_id, c.claim_number, c.provider_npi, c.payer_code, c.service_date, c.submitted_at, p.payer_type,
       COALESCE(p.allowed_pct, d.allowed_pct) AS allowed_pct,
       COALESCE(p.prompt_pay_days, d.prompt_pay_days) AS prompt_pay_days,
       COALESCE(p.interest_apr, d.interest_apr) AS apr,
       COALESCE(p.appeal_window_days, d.appeal_window_days) AS appeal_days,
       COALESCE(p.timely_filing, d.timely_filing) AS timely_filing,
       COALESCE(p.tolerance_abs, d.tolerance_abs) AS tol_abs,
       COALESCE(p.tolerance_pct, d.tolerance_pct) AS tol_pct,
       COALESCE(p.sequestration_pct, d.sequestration_pct) AS seq
FROM claims c
JOIN (SELECT c2.id, MAX(p2.effective_from) AS eff FROM claims c2
      JOIN payers p2 ON p2.payer_code = c2.payer_code AND p2.effective_from <= c2.service_date GROUP BY c2.id) e ON e.id = c.id
JOIN payers p ON p.payer_code = c.payer_code AND p.effective_from = e.eff
JOIN payer_type_defaults d ON d.payer_type = p.payer_type
WHERE c.status NOT IN ('REJECTED', 'WRITTEN_OFF');

-- billed and allowed per claim: fee schedule × units, else round(billed × allowed_pct), never above billed
CREATE TEMPORARY TABLE b_allowed (PRIMARY KEY (claim_id)) ENGINE=MEMORY AS
SELECT l.claim_id, SUM(l.billed_amount) AS billed,
       SUM(LEAST(COALESCE(f.allowed_amount * l.units, ROUND(l.billed_amount * r.allowed_pct, 2)), l.billed_amount)) AS allowed
FROM claim_lines l
JOIN b_rule r ON r.claim_id = l.claim_id
LEFT JOIN fee_schedule f ON f.payer_code = r.payer_code AND f.procedure_code = l.procedure_code
      AND f.effective_from <= r.service_date AND (f.effective_to IS NULL OR f.effective_to >= r.service_date)
GROUP BY l.claim_id;

-- remittances paid by D, per claim
CREATE TEMPORARY TABLE b_rem (PRIMARY KEY (claim_id)) ENGINE=MEMORY AS
SELECT claim_id, SUM(paid_amount) AS paid, SUM(patient_responsibility) AS pr, SUM(interest_paid) AS ip,
       MIN(CASE WHEN paid_amount > 0 THEN paid_on END) AS first_paid, MAX(paid_on) AS remit_date
FROM remittances WHERE claim_id IS NOT NULL AND paid_on <= @D GROUP BY claim_id;

-- the figures of §6.2, step by step
CREATE TEMPORARY TABLE b_fig (PRIMARY KEY (claim_id)) ENGINE=MEMORY AS
SELECT r.claim_id, r.claim_number, r.provider_npi, r.payer_code, r.payer_type, a.billed, a.allowed,
       COALESCE(m.pr, 0) AS pr, COALESCE(m.paid, 0) AS paid, COALESCE(m.ip, 0) AS ip, m.first_paid, m.remit_date,
       (m.claim_id IS NOT NULL) AS has_rem, r.apr, r.appeal_days, r.tol_abs, r.tol_pct,
       ROUND(GREATEST(a.allowed - COALESCE(m.pr, 0), 0) * (1 - r.seq), 2) AS expected,
       r.submitted_at, r.prompt_pay_days,
       CASE WHEN r.timely_filing LIKE 'P%Y' THEN r.service_date + INTERVAL CAST(SUBSTRING(r.timely_filing, 2, LENGTH(r.timely_filing) - 2) AS UNSIGNED) YEAR
            WHEN r.timely_filing LIKE 'P%M' THEN r.service_date + INTERVAL CAST(SUBSTRING(r.timely_filing, 2, LENGTH(r.timely_filing) - 2) AS UNSIGNED) MONTH
            ELSE r.service_date + INTERVAL CAST(SUBSTRING(r.timely_filing, 2, LENGTH(r.timely_filing) - 2) AS UNSIGNED) DAY END AS filing_deadline
FROM b_rule r JOIN b_allowed a ON a.claim_id = r.claim_id LEFT JOIN b_rem m ON m.claim_id = r.claim_id;

CREATE TEMPORARY TABLE b_set (PRIMARY KEY (claim_id)) ENGINE=MEMORY AS
SELECT t.*, CASE
           WHEN t.submitted_date IS NULL AND @D > t.filing_deadline THEN 'WRITTEN_OFF'
           WHEN t.submitted_date IS NULL THEN 'UNSUBMITTED'
           WHEN NOT t.has_rem THEN 'AWAITING_PAYMENT'
           WHEN t.paid = 0 AND t.expected > t.threshold THEN 'DENIED'
           WHEN t.underpaid > t.threshold THEN 'DISPUTED'
           WHEN t.reserve > 0 THEN 'DISPUTED'
           WHEN t.interest_due > 0 THEN 'DISPUTED'
           ELSE 'SETTLED' END AS status,
         ROUND(t.collected * IF(p.payment_route = 'AGENT_ACCOUNT' AND t.payer_type IN ('MEDICARE', 'MEDICAID'), 0, p.fee_pct), 2) AS fee
  FROM (
    SELECT u.*, u.paid + u.ip - u.reserve AS collected
    FROM (
      SELECT v.*, GREATEST(v.interest - v.ip, 0) AS interest_due,
             IF(-v.underpaid > v.threshold, -v.underpaid, 0) AS reserve
      FROM (
        SELECT f.*, f.expected - f.paid AS underpaid,
               GREATEST(f.tol_abs, ROUND(f.tol_pct * f.expected, 2)) AS threshold,
               f.submitted_date + INTERVAL f.prompt_pay_days DAY AS due_date,
               CASE WHEN f.submitted_date IS NULL THEN 0
                    WHEN f.first_paid IS NOT NULL AND f.first_paid > f.submitted_date + INTERVAL f.prompt_pay_days DAY
                      THEN ROUND(LEAST(f.paid, f.expected) * f.apr * DATEDIFF(f.first_paid, f.submitted_date + INTERVAL f.prompt_pay_days DAY) / 365, 2)
                    WHEN NOT f.has_rem AND @D > f.submitted_date + INTERVAL f.prompt_pay_days DAY
                      THEN ROUND(f.expected * f.apr * DATEDIFF(@D, f.submitted_date + INTERVAL f.prompt_pay_days DAY) / 365, 2)
                    ELSE 0 END AS interest
        FROM (SELECT b.*, DATE(CONVERT_TZ(b.submitted_at, '+00:00', @ZONE)) AS submitted_date FROM b_fig b) f
      ) v
    ) u
  ) t JOIN providers p ON p.npi = t.provider_npi;

INSERT INTO settlements (claim_id, claim_number, provider_npi, payer_code, business_date, job_execution_id, status, billed,
        allowed, patient_responsibility, payer_expected, payer_paid, underpaid, interest_due, interest_paid, refund_reserve,
        collected, fee, net_to_provider, write_off, submitted_date, due_date, remit_date, appeal_deadline, filing_deadline)
SELECT s.claim_id, s.claim_number, s.provider_npi, s.payer_code, @D, 0, s.status, s.billed, s.allowed, s.pr, s.expected, s.paid,
       s.underpaid, s.interest_due, s.ip, s.reserve, s.collected, s.fee, s.collected - s.fee,
       CASE WHEN s.status = 'WRITTEN_OFF' THEN s.allowed ELSE 0 END, s.submitted_date, s.due_date, s.remit_date,
       s.remit_date + INTERVAL s.appeal_days DAY, s.filing_deadline
FROM b_set s;

-- disputes (§6.3; the No Surprises Act's business-day deadlines are left out: the comparison is on settlements)
INSERT INTO disputes (claim_id, claim_number, kind, amount, opened_on, respond_by, status, changed_on)
SELECT claim_id, claim_number, kind, amount, @D, respond_by, IF(respond_by < @D, 'EXPIRED', 'OPEN'), @D FROM (
  SELECT claim_id, claim_number,
         CASE WHEN status = 'UNSUBMITTED' THEN 'TIMELY_FILING_RISK' WHEN status = 'AWAITING_PAYMENT' THEN 'NO_PAYMENT'
              WHEN status = 'DENIED' THEN 'DENIAL' WHEN underpaid > threshold THEN 'UNDERPAYMENT'
              WHEN reserve > 0 THEN 'OVERPAYMENT' ELSE 'LATE_PAYMENT' END AS kind,
         CASE WHEN status = 'UNSUBMITTED' THEN allowed WHEN status IN ('AWAITING_PAYMENT', 'DENIED') THEN expected
              WHEN underpaid > threshold THEN underpaid WHEN reserve > 0 THEN reserve ELSE interest_due END AS amount,
         CASE WHEN status = 'UNSUBMITTED' THEN filing_deadline WHEN status = 'AWAITING_PAYMENT' THEN NULL
              WHEN status <> 'DENIED' AND underpaid <= threshold AND reserve > 0 THEN @D + INTERVAL 60 DAY
              ELSE remit_date + INTERVAL appeal_days DAY END AS respond_by
  FROM b_set
  WHERE (status = 'UNSUBMITTED' AND @D >= filing_deadline - INTERVAL 30 DAY)
     OR (status = 'AWAITING_PAYMENT' AND @D > due_date) OR status IN ('DENIED', 'DISPUTED')
  UNION ALL
  SELECT claim_id, claim_number, 'LATE_PAYMENT', interest_due, remit_date + INTERVAL appeal_days DAY
  FROM b_set WHERE status = 'DISPUTED' AND (underpaid > threshold OR reserve > 0) AND interest_due > 0
) k;

-- the ledger: on a first settlement, the whole position
INSERT INTO ledger_entries (claim_id, provider_npi, business_date, collected, fee, net_to_provider, refund_reserve, write_off)
SELECT claim_id, provider_npi, business_date, collected, fee, net_to_provider, refund_reserve, write_off
FROM settlements WHERE business_date = @D
  AND (collected <> 0 OR fee <> 0 OR net_to_provider <> 0 OR refund_reserve <> 0 OR write_off <> 0);

-- the claims take their status
UPDATE claims c JOIN b_set s ON s.claim_id = c.id
SET c.status = s.status, c.last_settled_on = @D;

COMMIT;
