package com.aobsettlement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The figures of a settlement run's summary, read back from what the run wrote. */
@Repository
public class RunSummaryStore {
    private final JdbcTemplate jdbc;

    public RunSummaryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> claimsByStatus(LocalDate date) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM settlements WHERE business_date = ? GROUP BY status ORDER BY status",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, date);
        return counts;
    }

    /** Disputes changed on the date by kind: opened (opened that day and active), resolved, expired, updated. */
    public List<Object[]> disputesByKind(LocalDate date) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT kind, "
                + "SUM(CASE WHEN opened_on = ? AND status IN ('OPEN','IN_PROGRESS') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN opened_on <> ? AND status IN ('OPEN','IN_PROGRESS') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'RESOLVED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END) "
                + "FROM disputes WHERE changed_on = ? GROUP BY kind ORDER BY kind", rs -> {
                    rows.add(new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, date, date, date);
        return rows;
    }

    /** The first {@code limit} disputes that expired on the date, by claim number (the summary shows a few; disputes.csv has all). */
    public List<Object[]> expiredOn(LocalDate date, int limit) {
        return jdbc.query("SELECT claim_number, kind, amount, respond_by FROM disputes WHERE status = 'EXPIRED' AND changed_on = ? "
                + "ORDER BY claim_number, kind LIMIT ?", (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                    rs.getDate(4) == null ? "" : rs.getDate(4).toLocalDate().toString()}, date, limit);
    }

    /** Disputes in progress whose decision (or negotiation end) is past: the payer is overdue (DOMAIN.md §7.5). */
    public List<Object[]> overdueInProgress(LocalDate date, int limit) {
        return jdbc.query("SELECT claim_number, kind, amount, respond_by FROM disputes WHERE status = 'IN_PROGRESS' "
                + "AND respond_by < ? ORDER BY respond_by, claim_number, kind LIMIT ?", (rs, i) -> new Object[] {rs.getString(1),
                    rs.getString(2), rs.getBigDecimal(3), rs.getDate(4).toLocalDate().toString()}, date, limit);
    }

    public long countOverdueInProgress(LocalDate date) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM disputes WHERE status = 'IN_PROGRESS' AND respond_by < ?", Long.class, date);
        return n == null ? 0 : n;
    }

    public Map<String, Long> exceptionsReportedOn(LocalDate date) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT reason_code, COUNT(*) FROM exceptions WHERE reported_on = ? GROUP BY reason_code ORDER BY reason_code",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, date);
        return counts;
    }

    /** Σ of the day's ledger deltas: collected, fee, net, refund reserve, write-off. */
    public BigDecimal[] ledgerTotals(LocalDate date) {
        return jdbc.query("SELECT COALESCE(SUM(collected),0), COALESCE(SUM(fee),0), COALESCE(SUM(net_to_provider),0), "
                + "COALESCE(SUM(refund_reserve),0), COALESCE(SUM(write_off),0) FROM ledger_entries WHERE business_date = ?", rs -> {
                    rs.next();
                    return new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)};
                }, date);
    }
}
