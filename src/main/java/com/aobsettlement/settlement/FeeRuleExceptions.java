package com.aobsettlement.settlement;

import com.aobsettlement.domain.PayerRuleBook;
import com.aobsettlement.domain.PayerType;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.store.ExceptionStore;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One FEE_NOT_ALLOWED exception per provider and run (DOMAIN.md §7.6): an AGENT_ACCOUNT provider
 * with Medicare or Medicaid claims in the run got no percentage fee on them. Idempotent for a
 * restarted run.
 */
@Component
public class FeeRuleExceptions {
    private final JdbcTemplate jdbc;
    private final ExceptionStore exceptions;

    public FeeRuleExceptions(JdbcTemplate jdbc, ExceptionStore exceptions) {
        this.jdbc = jdbc;
        this.exceptions = exceptions;
    }

    public void record(LocalDate businessDate, PayerRuleBook rules, long jobExecutionId) {
        String source = "settlement " + businessDate;
        Set<String> already = new HashSet<>(jdbc.queryForList("SELECT record_ref FROM exceptions WHERE source = ? "
                + "AND reason_code = ?", String.class, source, ReasonCode.FEE_NOT_ALLOWED.name()));
        List<ExceptionRow> rows = new ArrayList<>();
        Set<String> done = new HashSet<>();
        jdbc.query("SELECT DISTINCT s.provider_npi, s.payer_code FROM settlements s JOIN providers p ON p.npi = s.provider_npi "
                + "WHERE s.business_date = ? AND p.payment_route = 'AGENT_ACCOUNT' ORDER BY s.provider_npi", rs -> {
                    String npi = rs.getString(1);
                    PayerType type = rules.payerType(rs.getString(2)).orElse(PayerType.OTHER);
                    if (type.percentageFeeForbiddenToAgents() && !already.contains(npi) && done.add(npi)) {
                        rows.add(new ExceptionRow(source, npi, ReasonCode.FEE_NOT_ALLOWED, "provider " + npi
                                + " is paid through the agent's account: no percentage fee was charged on its Medicare and "
                                + "Medicaid claims (42 CFR 424.73(b)(3); 42 CFR 447.10(f))"));
                    }
                }, businessDate);
        exceptions.insert(rows, jobExecutionId);
    }
}
