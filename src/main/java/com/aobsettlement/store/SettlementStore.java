package com.aobsettlement.store;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final JdbcTemplate jdbc;

    public SettlementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<Settlement> settlements, long jobExecutionId) {
        jdbc.batchUpdate("INSERT INTO settlements (" + COLUMNS + ", job_execution_id) VALUES "
                        + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                settlements, 1000, (ps, s) -> {
                    int i = 1;
                    ps.setLong(i++, s.claimId());
                    ps.setString(i++, s.claimNumber());
                    ps.setString(i++, s.providerNpi());
                    ps.setString(i++, s.payerCode());
                    ps.setObject(i++, s.businessDate());
                    ps.setString(i++, s.status().name());
                    ps.setBigDecimal(i++, s.billed());
                    ps.setBigDecimal(i++, s.allowed());
                    ps.setBigDecimal(i++, s.patientResponsibility());
                    ps.setBigDecimal(i++, s.payerExpected());
                    ps.setBigDecimal(i++, s.payerPaid());
                    ps.setBigDecimal(i++, s.underpaid());
                    ps.setBigDecimal(i++, s.interestDue());
                    ps.setBigDecimal(i++, s.interestPaid());
                    ps.setBigDecimal(i++, s.refundReserve());
                    ps.setBigDecimal(i++, s.collected());
                    ps.setBigDecimal(i++, s.fee());
                    ps.setBigDecimal(i++, s.netToProvider());
                    ps.setBigDecimal(i++, s.writeOff());
                    ps.setObject(i++, s.submittedDate());
                    ps.setObject(i++, s.dueDate());
                    ps.setObject(i++, s.remitDate());
                    ps.setObject(i++, s.appealDeadline());
                    ps.setObject(i++, s.filingDeadline());
                    ps.setLong(i, jobExecutionId);
                });
    }

    /** The latest settlement of each of these claims, by claim id. */
    public Map<Long, Settlement> latestFor(Collection<Long> claimIds) {
        Map<Long, Settlement> latest = new HashMap<>();
        if (claimIds.isEmpty()) {
            return latest;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM settlements s WHERE s.id IN (SELECT MAX(id) FROM settlements WHERE claim_id IN ("
                + Sql.marks(claimIds.size()) + ") GROUP BY claim_id)", rs -> {
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

    /** The latest business date a settlement run completed for, or null. */
    public LocalDate lastCompletedBusinessDate() {
        List<String> dates = jdbc.queryForList("SELECT MAX(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p "
                + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = p.JOB_EXECUTION_ID "
                + "JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "WHERE i.JOB_NAME = 'endOfDaySettlement' AND p.PARAMETER_NAME = 'businessDate' AND e.STATUS = 'COMPLETED'",
                String.class);
        return dates.isEmpty() || dates.get(0) == null ? null : LocalDate.parse(dates.get(0));
    }

    public record LedgerEntry(long claimId, String providerNpi, LocalDate businessDate, com.aobsettlement.domain.LedgerDelta delta) {
    }

    /** Ledger entries for settlements just inserted: (claim, business date) names the settlement. */
    public void insertLedger(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO ledger_entries (claim_id, provider_npi, business_date, collected, fee, "
                        + "net_to_provider, refund_reserve, write_off) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                entries, 1000, (ps, e) -> {
                    ps.setLong(1, e.claimId());
                    ps.setString(2, e.providerNpi());
                    ps.setObject(3, e.businessDate());
                    ps.setBigDecimal(4, e.delta().collected());
                    ps.setBigDecimal(5, e.delta().fee());
                    ps.setBigDecimal(6, e.delta().netToProvider());
                    ps.setBigDecimal(7, e.delta().refundReserve());
                    ps.setBigDecimal(8, e.delta().writeOff());
                });
    }

    private static Settlement map(ResultSet rs) throws SQLException {
        return new Settlement(rs.getLong("claim_id"), rs.getString("claim_number"), rs.getString("provider_npi"),
                rs.getString("payer_code"), rs.getDate("business_date").toLocalDate(), ClaimStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("billed"), rs.getBigDecimal("allowed"), rs.getBigDecimal("patient_responsibility"),
                rs.getBigDecimal("payer_expected"), rs.getBigDecimal("payer_paid"), rs.getBigDecimal("underpaid"),
                rs.getBigDecimal("interest_due"), rs.getBigDecimal("interest_paid"), rs.getBigDecimal("refund_reserve"),
                rs.getBigDecimal("collected"), rs.getBigDecimal("fee"), rs.getBigDecimal("net_to_provider"),
                rs.getBigDecimal("write_off"), Sql.date(rs.getDate("submitted_date")), Sql.date(rs.getDate("due_date")),
                Sql.date(rs.getDate("remit_date")), Sql.date(rs.getDate("appeal_deadline")),
                Sql.date(rs.getDate("filing_deadline")));
    }

}
