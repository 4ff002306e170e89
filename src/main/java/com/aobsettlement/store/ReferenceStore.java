package com.aobsettlement.store;

import com.aobsettlement.domain.DayKind;
import com.aobsettlement.domain.FeeSchedule;
import com.aobsettlement.domain.PayerRule;
import com.aobsettlement.domain.PayerRuleBook;
import com.aobsettlement.domain.PayerType;
import com.aobsettlement.domain.PaymentRoute;
import com.aobsettlement.domain.Provider;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Providers, payer rows, payer type defaults and the fee schedule. */
@Repository
public class ReferenceStore {
    private static final String RULE_COLUMNS = "allowed_pct, prompt_pay_days, prompt_pay_day_kind, interest_apr, "
            + "appeal_window_days, timely_filing, tolerance_abs, tolerance_pct, sequestration_pct, nsa_applies";

    private final JdbcTemplate jdbc;

    public ReferenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Provider> providers() {
        Map<String, Provider> providers = new HashMap<>();
        jdbc.query("SELECT npi, name, fee_pct, payment_route FROM providers", rs -> {
            providers.put(rs.getString(1), new Provider(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                    PaymentRoute.valueOf(rs.getString(4))));
        });
        return providers;
    }

    public PayerRuleBook payerRuleBook() {
        List<PayerRule> rows = jdbc.query("SELECT payer_code, payer_type, effective_from, " + RULE_COLUMNS + " FROM payers",
                (rs, i) -> rule(rs, rs.getString("payer_code"), Sql.date(rs, "effective_from")));
        Map<PayerType, PayerRule> defaults = new EnumMap<>(PayerType.class);
        jdbc.query("SELECT payer_type, " + RULE_COLUMNS + " FROM payer_type_defaults", rs -> {
            PayerRule d = rule(rs, null, null);
            defaults.put(d.payerType(), d);
        });
        return new PayerRuleBook(rows, defaults);
    }

    /** era_payer_id → payer_code, for matching 835 files. */
    public Map<String, String> payerCodesByEraId() {
        Map<String, String> map = new HashMap<>();
        jdbc.query("SELECT DISTINCT era_payer_id, payer_code FROM payers WHERE era_payer_id IS NOT NULL",
                rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    public FeeSchedule feeSchedule() {
        return new FeeSchedule(jdbc.query(
                "SELECT payer_code, procedure_code, allowed_amount, effective_from, effective_to FROM fee_schedule",
                (rs, i) -> new FeeSchedule.Entry(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        Sql.date(rs, 4), Sql.date(rs, 5))));
    }

    /** A date column of a reference row: the payer's, or the payer's and procedure's for the fee schedule. */
    public record StoredDate(String payerCode, String procedureCode, String column, java.time.LocalDate date) {
    }

    /** Payer rows whose effective_from lies before {@code earliest} (stored before the imports refused such dates). */
    public List<StoredDate> payerDatesBefore(java.time.LocalDate earliest) {
        return jdbc.query("SELECT payer_code, effective_from FROM payers WHERE effective_from < ? ORDER BY payer_code, "
                + "effective_from", (rs, i) -> new StoredDate(rs.getString(1), null, "effective_from", Sql.date(rs, 2)), earliest);
    }

    /** Fee schedule rows with effective_from or effective_to before {@code earliest}. */
    public List<StoredDate> feeScheduleDatesBefore(java.time.LocalDate earliest) {
        return jdbc.query("SELECT payer_code, procedure_code, effective_from, effective_to FROM fee_schedule "
                + "WHERE effective_from < ? OR effective_to < ? ORDER BY payer_code, procedure_code, effective_from", (rs, i) -> {
                    java.time.LocalDate from = Sql.date(rs, 3);
                    return from.isBefore(earliest) ? new StoredDate(rs.getString(1), rs.getString(2), "effective_from", from)
                            : new StoredDate(rs.getString(1), rs.getString(2), "effective_to", Sql.date(rs, 4));
                }, earliest, earliest);
    }

    private static PayerRule rule(ResultSet rs, String payerCode, java.time.LocalDate from) throws SQLException {
        String kind = rs.getString("prompt_pay_day_kind");
        String filing = rs.getString("timely_filing");
        Object nsa = rs.getObject("nsa_applies");
        return new PayerRule(payerCode, PayerType.valueOf(rs.getString("payer_type")), from,
                rs.getBigDecimal("allowed_pct"), (Integer) intOrNull(rs, "prompt_pay_days"),
                kind == null ? null : DayKind.valueOf(kind), rs.getBigDecimal("interest_apr"),
                intOrNull(rs, "appeal_window_days"), filing == null ? null : Period.parse(filing),
                rs.getBigDecimal("tolerance_abs"), rs.getBigDecimal("tolerance_pct"),
                rs.getBigDecimal("sequestration_pct"), nsa == null ? null : rs.getBoolean("nsa_applies"));
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    // ---- writes by the imports (upserts: a re-import updates the row with the same key) ----

    public void upsertProviders(List<Provider> providers) {
        jdbc.batchUpdate("INSERT INTO providers (npi, name, fee_pct, payment_route) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE name = VALUES(name), fee_pct = VALUES(fee_pct), payment_route = VALUES(payment_route)",
                providers, 500, (ps, p) -> {
                    ps.setString(1, p.npi());
                    ps.setString(2, p.name());
                    ps.setBigDecimal(3, p.feePct());
                    ps.setString(4, p.paymentRoute().name());
                });
    }

    /** A payer row as imported: the rule with its name and 835 id. */
    public record PayerRow(PayerRule rule, String name, String eraPayerId) {
    }

    public void upsertPayers(List<PayerRow> rows) {
        jdbc.batchUpdate("INSERT INTO payers (payer_code, effective_from, name, payer_type, era_payer_id, " + RULE_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "name = VALUES(name), payer_type = VALUES(payer_type), era_payer_id = VALUES(era_payer_id), "
                        + "allowed_pct = VALUES(allowed_pct), prompt_pay_days = VALUES(prompt_pay_days), "
                        + "prompt_pay_day_kind = VALUES(prompt_pay_day_kind), interest_apr = VALUES(interest_apr), "
                        + "appeal_window_days = VALUES(appeal_window_days), timely_filing = VALUES(timely_filing), "
                        + "tolerance_abs = VALUES(tolerance_abs), tolerance_pct = VALUES(tolerance_pct), "
                        + "sequestration_pct = VALUES(sequestration_pct), nsa_applies = VALUES(nsa_applies)",
                rows, 500, (ps, row) -> {
                    PayerRule r = row.rule();
                    ps.setString(1, r.payerCode());
                    ps.setObject(2, r.effectiveFrom());
                    ps.setString(3, row.name());
                    ps.setString(4, r.payerType().name());
                    ps.setString(5, row.eraPayerId());
                    ps.setBigDecimal(6, r.allowedPct());
                    ps.setObject(7, r.promptPayDays(), Types.INTEGER);
                    ps.setString(8, r.promptPayDayKind() == null ? null : r.promptPayDayKind().name());
                    ps.setBigDecimal(9, r.interestApr());
                    ps.setObject(10, r.appealWindowDays(), Types.INTEGER);
                    ps.setString(11, r.timelyFiling() == null ? null : r.timelyFiling().toString());
                    ps.setBigDecimal(12, r.toleranceAbs());
                    ps.setBigDecimal(13, r.tolerancePct());
                    ps.setBigDecimal(14, r.sequestrationPct());
                    ps.setObject(15, r.nsaApplies(), Types.BOOLEAN);
                });
    }

    public void upsertFeeSchedule(List<FeeSchedule.Entry> rows) {
        jdbc.batchUpdate("INSERT INTO fee_schedule (payer_code, procedure_code, allowed_amount, effective_from, effective_to) "
                        + "VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE allowed_amount = VALUES(allowed_amount), "
                        + "effective_to = VALUES(effective_to)",
                rows, 500, (ps, e) -> {
                    ps.setString(1, e.payerCode());
                    ps.setString(2, e.procedureCode());
                    ps.setBigDecimal(3, e.allowedAmount());
                    ps.setObject(4, e.effectiveFrom());
                    ps.setObject(5, e.effectiveTo());
                });
    }

    public java.util.Set<String> payerCodes() {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT payer_code FROM payers", String.class));
    }

}
