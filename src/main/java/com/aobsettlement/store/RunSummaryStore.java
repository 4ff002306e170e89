package com.aobsettlement.store;

import com.aobsettlement.domain.DisputeKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    /** One kind's disputes changed on a date: opened (that day, still active), updated (opened before, active), resolved, expired. */
    public record DisputeCounts(long opened, long updated, long resolved, long expired) {
        public static final DisputeCounts NONE = new DisputeCounts(0, 0, 0, 0);

        public DisputeCounts plus(DisputeCounts other) {
            return new DisputeCounts(opened + other.opened, updated + other.updated, resolved + other.resolved,
                    expired + other.expired);
        }
    }

    /** Disputes changed on the date, by kind in name order. */
    public Map<String, DisputeCounts> disputesByKind(LocalDate date) {
        Map<String, DisputeCounts> counts = new LinkedHashMap<>();
        jdbc.query("SELECT kind, "
                + "SUM(CASE WHEN opened_on = ? AND status IN ('OPEN','IN_PROGRESS') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN opened_on <> ? AND status IN ('OPEN','IN_PROGRESS') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'RESOLVED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END) "
                + "FROM disputes WHERE changed_on = ? GROUP BY kind ORDER BY kind", rs -> {
                    counts.put(rs.getString(1), new DisputeCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }, date, date, date);
        return counts;
    }

    /** A dispute as the run summary lists it; {@code respondBy} is null when the dispute has none. */
    public record ListedDispute(String claimNumber, DisputeKind kind, BigDecimal amount, LocalDate respondBy) {
    }

    /** The first {@code limit} disputes that expired on the date, by claim number (the summary shows a few; disputes.csv has all). */
    public List<ListedDispute> expiredOn(LocalDate date, int limit) {
        return jdbc.query("SELECT claim_number, kind, amount, respond_by FROM disputes WHERE status = 'EXPIRED' AND changed_on = ? "
                + "ORDER BY claim_number, kind LIMIT ?", (rs, i) -> listed(rs), date, limit);
    }

    /** Disputes in progress whose decision (or negotiation end) is past: the payer is overdue (DOMAIN.md §7.5). */
    public List<ListedDispute> overdueInProgress(LocalDate date, int limit) {
        return jdbc.query("SELECT claim_number, kind, amount, respond_by FROM disputes WHERE status = 'IN_PROGRESS' "
                + "AND respond_by < ? ORDER BY respond_by, claim_number, kind LIMIT ?", (rs, i) -> listed(rs), date, limit);
    }

    private static ListedDispute listed(ResultSet rs) throws SQLException {
        return new ListedDispute(rs.getString(1), DisputeKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                Sql.date(rs, 4));
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

    /** Σ of the day's ledger deltas. */
    public LedgerSums ledgerTotals(LocalDate date) {
        return jdbc.queryForObject("SELECT SUM(collected), SUM(fee), SUM(net_to_provider), SUM(refund_reserve), SUM(write_off) "
                + "FROM ledger_entries WHERE business_date = ?", (rs, i) -> LedgerSums.of(rs), date);
    }
}
