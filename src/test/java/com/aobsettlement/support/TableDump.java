package com.aobsettlement.support;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The state that must come out identical however a run went (DOMAIN.md §9): every table that
 * matters, without generated ids or execution ids, in a stable order.
 */
public final class TableDump {
    private TableDump() {
    }

    public static final Map<String, String> QUERIES = Map.of(
            "settlements", "SELECT claim_number, business_date, status, billed, allowed, patient_responsibility, payer_expected, "
                    + "payer_paid, underpaid, interest_due, interest_paid, refund_reserve, collected, fee, net_to_provider, write_off, "
                    + "submitted_date, due_date, remit_date, appeal_deadline, filing_deadline FROM settlements "
                    + "ORDER BY claim_number, business_date",
            "ledger", "SELECT c.claim_number, l.provider_npi, l.business_date, l.collected, l.fee, l.net_to_provider, "
                    + "l.refund_reserve, l.write_off FROM ledger_entries l JOIN claims c ON c.id = l.claim_id "
                    + "ORDER BY c.claim_number, l.business_date",
            "disputes", "SELECT claim_number, kind, amount, opened_on, respond_by, status, closed_on, action_date, changed_on "
                    + "FROM disputes ORDER BY claim_number, kind, opened_on, status",
            "provider_totals", "SELECT business_date, provider_npi, claims, collected, fee, net_to_provider FROM provider_totals "
                    + "ORDER BY business_date, provider_npi",
            "claims", "SELECT claim_number, status, last_settled_on, submitted_at FROM claims ORDER BY claim_number",
            "remittances", "SELECT claim_number, status_code, paid_amount, paid_on, eft_trace, settled_on FROM remittances "
                    + "ORDER BY claim_number, paid_on, status_code, paid_amount, eft_trace",
            "exceptions", "SELECT source, record_ref, reason_code, message, reported_on FROM exceptions "
                    + "ORDER BY source, record_ref, reason_code, message");

    public static String dump(JdbcTemplate jdbc, String table) {
        StringBuilder sb = new StringBuilder();
        List<Map<String, Object>> rows = jdbc.queryForList(QUERIES.get(table));
        for (Map<String, Object> row : rows) {
            sb.append(row.values()).append('\n');
        }
        return sb.toString();
    }
}
