package com.aobsettlement.store;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Settlements (positions by business date) and the ledger entries that follow them. */
@Repository
public class SettlementStore {
    private static final String COLUMNS = "claim_id, claim_number, provider_npi, payer_code, business_date, status, "
            + "billed, allowed, patient_responsibility, payer_expected, payer_paid, underpaid, interest_due, interest_paid, "
            + "refund_reserve, collected, fee, net_to_provider, write_off, submitted_date, due_date, remit_date, "
            + "appeal_deadline, filing_deadline";
    private static final Set<String> COLUMN_NAMES = Sql.names(COLUMNS);

    private final JdbcTemplate jdbc;
    private final SqlDialects dialects;

    public SettlementStore(JdbcTemplate jdbc, SqlDialects dialects) {
        this.jdbc = jdbc;
        this.dialects = dialects;
    }

    public void insert(List<Settlement> settlements, long jobExecutionId) {
        BulkInsert.insert(jdbc, dialects, "settlements", COLUMNS + ", job_execution_id", settlements, s -> new Object[] {
            s.claimId(), s.claimNumber(), s.providerNpi(), s.payerCode(), s.businessDate(), s.status(), s.billed(),
            s.allowed(), s.patientResponsibility(), s.payerExpected(), s.payerPaid(), s.underpaid(), s.interestDue(),
            s.interestPaid(), s.refundReserve(), s.collected(), s.fee(), s.netToProvider(), s.writeOff(), s.submittedDate(),
            s.dueDate(), s.remitDate(), s.appealDeadline(), s.filingDeadline(), jobExecutionId});
    }

    /**
     * A claim's latest settlement (DOMAIN.md §6.4: what the sum of its ledger entries equals; §8: its
     * "position" at month end) is its settlement of the greatest business date. That is one row: a claim
     * has at most one settlement per business date (unique index settlements_claim_date; a run settles
     * each pending claim once). Every query that needs a claim's latest settlement takes this definition
     * from here: the {@code (claim_id, business_date)} of each claim's latest settlement among those that
     * {@code where} selects, for the caller to join (a whole month) or to look up (a chunk's claims).
     */
    static String latestSettlementKeys(String where) {
        return "SELECT claim_id, MAX(business_date) AS business_date FROM settlements WHERE " + where + " GROUP BY claim_id";
    }

    /** The latest settlement of each of these claims, by claim id. */
    public Map<Long, Settlement> latestFor(Collection<Long> claimIds) {
        Map<Long, Settlement> latest = new HashMap<>();
        if (claimIds.isEmpty()) {
            return latest;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM settlements WHERE (claim_id, business_date) IN ("
                + latestSettlementKeys("claim_id IN (" + Sql.marks(claimIds.size()) + ")") + ")", rs -> {
                    Settlement s = map(rs);
                    latest.put(s.claimId(), s);
                }, Sql.args(claimIds));
        return latest;
    }

    /** The settlements of one business date, by claim number. */
    public void forDate(LocalDate businessDate, Consumer<Settlement> consumer) {
        jdbc.query("SELECT " + COLUMNS + " FROM settlements WHERE business_date = ? ORDER BY claim_number",
                rs -> {
                    consumer.accept(map(rs));
                }, businessDate);
    }

    /**
     * A business date's settlements by claim number, each as the text of the named columns in that order
     * (UTF-8 fields, {@link SqlDialects#streamText}): a report's rows as the database holds them, such as
     * settlements.csv's, whose headers are these columns' names. DECIMAL(13,2) reads back as plain "1234.50".
     */
    public void textRowsForDate(LocalDate businessDate, List<String> columns, Consumer<byte[][]> consumer) {
        dialects.streamText("SELECT " + Sql.columns("settlements", COLUMN_NAMES, columns) + " FROM settlements "
                + "WHERE business_date = ? ORDER BY claim_number", columns.size(), consumer, businessDate);
    }

    /**
     * The collation {@code ORDER BY claim_number} sorts settlements by on MySQL or MariaDB (the schema
     * leaves it to the database's default), or null on H2, which compares Java strings.
     */
    public String claimNumberCollation() {
        if (!dialects.isMysqlServer()) {
            return null;
        }
        List<String> found = jdbc.queryForList("SELECT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = "
                + "DATABASE() AND TABLE_NAME = 'settlements' AND COLUMN_NAME = 'claim_number'", String.class);
        return found.isEmpty() || found.get(0) == null ? "unknown" : found.get(0);
    }

    public long countForDate(LocalDate businessDate) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM settlements WHERE business_date = ?", Long.class, businessDate);
        return n == null ? 0 : n;
    }

    /** The latest business date a settlement run completed for, or null. */
    public LocalDate lastCompletedBusinessDate() {
        List<String> dates = jdbc.queryForList("SELECT MAX(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p "
                + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "WHERE i.JOB_NAME = 'endOfDaySettlement' AND p.PARAMETER_NAME = 'businessDate' AND e.STATUS = 'COMPLETED'",
                String.class);
        return dates.isEmpty() || dates.get(0) == null ? null : LocalDate.parse(dates.get(0));
    }

    /** The last execution of a business date's settlement that did not complete (FAILED, STOPPED, UNKNOWN, or running or left running). */
    public record UnfinishedRun(long executionId, LocalDate businessDate, String status) {
    }

    /** Each business date whose settlement has not completed, earliest first. */
    public List<UnfinishedRun> unfinishedRuns() {
        return jdbc.query("SELECT e.JOB_EXECUTION_ID, p.PARAMETER_VALUE, e.STATUS FROM BATCH_JOB_EXECUTION e "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'businessDate' "
                + "WHERE i.JOB_NAME = 'endOfDaySettlement' AND e.STATUS NOT IN ('COMPLETED', 'ABANDONED') "
                + "AND NOT EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION x WHERE x.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "AND x.JOB_EXECUTION_ID > e.JOB_EXECUTION_ID) ORDER BY p.PARAMETER_VALUE, e.JOB_EXECUTION_ID",
                (rs, i) -> new UnfinishedRun(rs.getLong(1), LocalDate.parse(rs.getString(2)), rs.getString(3)));
    }

    public record LedgerEntry(long claimId, String providerNpi, LocalDate businessDate, com.aobsettlement.domain.LedgerDelta delta) {
    }

    /** Ledger entries for settlements just inserted: (claim, business date) names the settlement. */
    public void insertLedger(List<LedgerEntry> entries) {
        BulkInsert.insert(jdbc, dialects, "ledger_entries", "claim_id, provider_npi, business_date, collected, fee, "
                + "net_to_provider, refund_reserve, write_off", entries, e -> new Object[] {e.claimId(), e.providerNpi(),
                    e.businessDate(), e.delta().collected(), e.delta().fee(), e.delta().netToProvider(), e.delta().refundReserve(),
                    e.delta().writeOff()});
    }

    private static Settlement map(ResultSet rs) throws SQLException {
        return new Settlement(rs.getLong("claim_id"), rs.getString("claim_number"), rs.getString("provider_npi"),
                rs.getString("payer_code"), Sql.date(rs, "business_date"), ClaimStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("billed"), rs.getBigDecimal("allowed"), rs.getBigDecimal("patient_responsibility"),
                rs.getBigDecimal("payer_expected"), rs.getBigDecimal("payer_paid"), rs.getBigDecimal("underpaid"),
                rs.getBigDecimal("interest_due"), rs.getBigDecimal("interest_paid"), rs.getBigDecimal("refund_reserve"),
                rs.getBigDecimal("collected"), rs.getBigDecimal("fee"), rs.getBigDecimal("net_to_provider"),
                rs.getBigDecimal("write_off"), Sql.date(rs, "submitted_date"), Sql.date(rs, "due_date"),
                Sql.date(rs, "remit_date"), Sql.date(rs, "appeal_deadline"),
                Sql.date(rs, "filing_deadline"));
    }

}
