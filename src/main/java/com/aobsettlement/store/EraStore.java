package com.aobsettlement.store;

import com.aobsettlement.domain.EraAdjustment;
import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraProviderAdjustment;
import com.aobsettlement.domain.EraServiceLine;
import com.aobsettlement.domain.EraTransaction;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The 835 import's tables: files, transactions, quarantine, payments, service lines, adjustments, PLB. */
@Repository
public class EraStore {
    private final JdbcTemplate jdbc;
    private final SqlDialects dialects;

    public EraStore(JdbcTemplate jdbc, SqlDialects dialects) {
        this.jdbc = jdbc;
        this.dialects = dialects;
    }

    // ---- files ----

    public record EraFile(String fileName, String status, Instant importedAt) {
    }

    public Optional<EraFile> file(String sha256) {
        return jdbc.query("SELECT file_name, status, imported_at FROM era_files WHERE sha256 = ?",
                (rs, i) -> new EraFile(rs.getString(1), rs.getString(2), Sql.instant(rs, 3)), sha256)
                .stream().findFirst();
    }

    /** Whether a new attempt at this file could post more: it has transactions quarantined for an unknown payer. */
    public boolean hasOpenUnknownPayer(String sha256) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM era_transactions WHERE file_sha256 = ? AND status = 'QUARANTINED' "
                + "AND reason_code = 'ERA_UNKNOWN_PAYER'", Integer.class, sha256);
        return n != null && n > 0;
    }

    /** Records a file's outcome from its transactions' rows (or QUARANTINED whole when it has none). */
    public void recordFile(String sha256, String fileName, boolean refused, long jobExecutionId) {
        TransactionCounts counts = jdbc.queryForObject("SELECT COALESCE(SUM(CASE WHEN status = 'POSTED' THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN status = 'POSTED' THEN 0 ELSE 1 END), 0) FROM era_transactions WHERE file_sha256 = ?",
                (rs, i) -> new TransactionCounts(rs.getInt(1), rs.getInt(2)), sha256);
        String status = refused ? "QUARANTINED" : counts.quarantined() == 0 ? "POSTED" : "PARTIAL";
        Timestamp now = Timestamp.valueOf(Sql.utc(Instant.now()));
        jdbc.update("INSERT INTO era_files (sha256, file_name, status, transactions, posted, quarantined, job_execution_id, "
                        + "imported_at) VALUES (?,?,?,?,?,?,?,?) ON DUPLICATE KEY UPDATE file_name = VALUES(file_name), "
                        + "status = VALUES(status), transactions = VALUES(transactions), posted = VALUES(posted), "
                        + "quarantined = VALUES(quarantined), job_execution_id = VALUES(job_execution_id), "
                        + "imported_at = VALUES(imported_at)",
                sha256, fileName, status, counts.posted() + counts.quarantined(), counts.posted(), counts.quarantined(),
                jobExecutionId, now);
    }

    /** A file's transactions by outcome: posted, and quarantined (every other status). */
    private record TransactionCounts(int posted, int quarantined) {
    }

    // ---- transactions ----

    public record TransactionState(long id, String status, String reasonCode) {
        public boolean posted() {
            return "POSTED".equals(status);
        }
    }

    public Optional<TransactionState> transaction(String sha256, int ordinal) {
        return jdbc.query("SELECT id, status, reason_code FROM era_transactions WHERE file_sha256 = ? AND ordinal = ?",
                (rs, i) -> new TransactionState(rs.getLong(1), rs.getString(2), rs.getString(3)), sha256, ordinal)
                .stream().findFirst();
    }

    /** Inserts the transaction's row (status POSTED or QUARANTINED) and returns its id. */
    public long insertTransaction(EraTransaction t, String payerCode, String eraPayerId, String status, String reasonCode,
                                  long jobExecutionId) {
        KeyHolder keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.valueOf(Sql.utc(Instant.now()));
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO era_transactions (file_sha256, ordinal, file_name, "
                    + "control_ref, eft_trace, era_payer_id, payer_code, amount, paid_on, claims, status, reason_code, "
                    + "job_execution_id, processed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, t.envelope().sha256());
            ps.setInt(2, t.envelope().ordinal());
            ps.setString(3, clip(t.envelope().fileName(), 300));
            ps.setString(4, clip(t.envelope().controlRef(), 100));
            ps.setString(5, clip(t.eftTrace(), 80));
            ps.setString(6, clip(eraPayerId, 80));
            ps.setString(7, payerCode);
            ps.setBigDecimal(8, t.payment());
            ps.setObject(9, t.paidOn());
            ps.setInt(10, t.claims().size());
            ps.setString(11, status);
            ps.setString(12, reasonCode);
            ps.setLong(13, jobExecutionId);
            ps.setTimestamp(14, now);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A transaction quarantined before (unknown payer) and posted now. */
    public void markPosted(long id, String payerCode, long jobExecutionId) {
        jdbc.update("UPDATE era_transactions SET status = 'POSTED', reason_code = NULL, payer_code = ?, job_execution_id = ?, "
                + "processed_at = ? WHERE id = ?", payerCode, jobExecutionId, Timestamp.valueOf(Sql.utc(Instant.now())), id);
    }

    // ---- quarantine ----

    public void insertQuarantine(String fileName, String sha256, Integer ordinal, String reasonCode, String message,
                                 String path, String eftTrace, String eraPayerId, BigDecimal amount, long jobExecutionId) {
        jdbc.update("INSERT INTO era_quarantine (file_name, file_sha256, ordinal, reason_code, message, quarantine_path, "
                        + "eft_trace, era_payer_id, amount, job_execution_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                clip(fileName, 300), sha256, ordinal, reasonCode, clip(message, 1000), clip(path, 1000), clip(eftTrace, 80),
                clip(eraPayerId, 80), amount, jobExecutionId, Timestamp.valueOf(Sql.utc(Instant.now())));
    }

    /** Whether a quarantine of this file under this file name (e.g. one interchange's) is recorded already. */
    public boolean hasQuarantine(String sha256, String quarantineFileName) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM era_quarantine WHERE file_sha256 = ? AND ordinal IS NULL "
                + "AND quarantine_path LIKE ?", Integer.class, sha256, "%" + quarantineFileName);
        return n != null && n > 0;
    }

    /**
     * Marks resolved what a posted transaction settles: its own earlier quarantine (same file and
     * ordinal), or the quarantine of the same payment (trace, payer id, amount) from a file the
     * operator fixed and imported again.
     */
    public void resolveQuarantine(String sha256, int ordinal, String eftTrace, String eraPayerId, BigDecimal amount) {
        Timestamp now = Timestamp.valueOf(Sql.utc(Instant.now()));
        jdbc.update("UPDATE era_quarantine SET resolved_at = ? WHERE resolved_at IS NULL AND ((file_sha256 = ? AND ordinal = ?) "
                + "OR (eft_trace = ? AND era_payer_id = ? AND amount = ?))", now, sha256, ordinal, eftTrace, eraPayerId, amount);
    }

    // ---- payments, for month-end (DOMAIN.md §8.1) ----

    /** Records the transaction's payment unless the same payment (trace, payer id, amount, date) is there already. */
    public boolean insertPaymentOnce(EraTransaction t, String payerCode, String eraPayerId, String sourceRef,
                                     long jobExecutionId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM era_payments WHERE eft_trace = ? AND era_payer_id = ? "
                + "AND amount = ? AND paid_on = ?", Integer.class, t.eftTrace(), eraPayerId, t.payment(), t.paidOn());
        if (n != null && n > 0) {
            return false;
        }
        jdbc.update("INSERT INTO era_payments (eft_trace, payer_code, era_payer_id, amount, paid_on, source_file, source_ref, "
                        + "file_sha256, job_execution_id) VALUES (?,?,?,?,?,?,?,?,?)", clip(t.eftTrace(), 80), payerCode,
                clip(eraPayerId, 80), t.payment(), t.paidOn(), clip(t.envelope().fileName(), 300), clip(sourceRef, 300),
                t.envelope().sha256(), jobExecutionId);
        return true;
    }

    // ---- claim payments ----

    /** What makes two 835 claim payments the same: trace, claim, payer claim control number and status (DOMAIN.md §5.1). */
    public static String paymentKey(String claimNumber, String statusCode, String eftTrace, String payerClaimControl) {
        return String.join("|", claimNumber, statusCode, eftTrace, payerClaimControl == null ? "" : payerClaimControl);
    }

    /** What a claim payment carries besides its key: CLP03, CLP04, CLP05. */
    public record PaymentAmounts(BigDecimal charge, BigDecimal paid, BigDecimal patientResponsibility) {
        public boolean same(PaymentAmounts o) {
            return charge.compareTo(o.charge) == 0 && paid.compareTo(o.paid) == 0
                    && patientResponsibility.compareTo(o.patientResponsibility) == 0;
        }
    }

    /** The remittances already stored for these claim numbers: payment key to the amounts of each. */
    public Map<String, List<PaymentAmounts>> payments(Collection<String> claimNumbers) {
        Map<String, List<PaymentAmounts>> payments = new HashMap<>();
        if (claimNumbers.isEmpty()) {
            return payments;
        }
        jdbc.query("SELECT claim_number, status_code, eft_trace, payer_claim_control, charge_amount, paid_amount, "
                + "patient_responsibility FROM remittances WHERE claim_number IN " + Sql.inList(dialects.current(), claimNumbers), rs -> {
                    payments.computeIfAbsent(paymentKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            k -> new ArrayList<>()).add(new PaymentAmounts(zero(rs.getBigDecimal(5)), zero(rs.getBigDecimal(6)),
                            zero(rs.getBigDecimal(7))));
                });
        return payments;
    }

    private static BigDecimal zero(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    /** A transaction quarantined before (unknown payer) that is now quarantined for another reason. */
    public void markQuarantined(long id, String reasonCode, long jobExecutionId) {
        jdbc.update("UPDATE era_transactions SET status = 'QUARANTINED', reason_code = ?, job_execution_id = ?, processed_at = ? "
                + "WHERE id = ?", reasonCode, jobExecutionId, Timestamp.valueOf(Sql.utc(Instant.now())), id);
    }

    /** A service line with the claim it belongs to. */
    private record PlacedLine(EraClaim claim, EraServiceLine line) {
    }

    /** A CAS adjustment with where it stands: its claim, and its line (null at claim level). */
    private record PlacedAdjustment(int claimIndex, Integer lineIndex, EraAdjustment adjustment) {
    }

    /** The service lines and CAS adjustments of posted claims. */
    public void insertClaimDetails(long transactionId, List<EraClaim> claims) {
        List<PlacedLine> lines = new ArrayList<>();
        List<PlacedAdjustment> adjustments = new ArrayList<>();
        for (EraClaim c : claims) {
            for (EraAdjustment a : c.adjustments()) {
                adjustments.add(new PlacedAdjustment(c.index(), null, a));
            }
            for (EraServiceLine l : c.lines()) {
                lines.add(new PlacedLine(c, l));
                for (EraAdjustment a : l.adjustments()) {
                    adjustments.add(new PlacedAdjustment(c.index(), l.index(), a));
                }
            }
        }
        // LOAD DATA (MySQL) or multi-row literal INSERTs: binding each value of a JDBC batch cost more
        // than the database's own work here (a claim has two to four CAS)
        BulkInsert.load(jdbc, dialects, "era_service_lines", "era_transaction_id, claim_index, line_index, claim_number, "
                + "procedure_code, charge_amount, paid_amount, units, service_from, service_to", lines,
                p -> new Object[] {transactionId, p.claim().index(), p.line().index(), p.claim().claimNumber(),
                    clip(p.line().procedure(), 80), p.line().charge(), p.line().paid(), p.line().units(),
                    p.line().serviceFrom(), p.line().serviceTo()});
        BulkInsert.load(jdbc, dialects, "era_adjustments", "era_transaction_id, claim_index, line_index, group_code, "
                + "reason_code, amount, quantity", adjustments, p -> new Object[] {transactionId, p.claimIndex(),
                    p.lineIndex(), clip(p.adjustment().group(), 2), clip(p.adjustment().reason(), 5),
                    p.adjustment().amount(), p.adjustment().quantity()});
    }

    public void insertProviderAdjustments(long transactionId, EraTransaction t) {
        List<EraProviderAdjustment> rows = t.providerAdjustments();
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO era_provider_adjustments (era_transaction_id, provider_id, fiscal_period, reason_code, "
                + "reference, amount, eft_trace, paid_on) VALUES (?,?,?,?,?,?,?,?)", rows, 500, (ps, p) -> {
                    ps.setLong(1, transactionId);
                    ps.setString(2, clip(p.providerId(), 50));
                    ps.setObject(3, p.fiscalPeriod());
                    ps.setString(4, clip(p.reason(), 2));
                    ps.setString(5, clip(p.reference(), 80));
                    ps.setBigDecimal(6, p.amount());
                    ps.setString(7, clip(t.eftTrace(), 80));
                    ps.setObject(8, t.paidOn());
                });
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
