package com.aobsettlement.store;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The bank's deposits (DOMAIN.md §5.3), matched at month end to the 835 payments. */
@Repository
public class DepositStore {
    private final JdbcTemplate jdbc;

    public DepositStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(List<NewDeposit> deposits, long jobExecutionId) {
        if (deposits.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO deposits (deposit_date, amount, eft_trace, source_file, source_ref, job_execution_id) "
                + "VALUES (?,?,?,?,?,?)", deposits, 1000, (ps, d) -> {
                    ps.setObject(1, d.depositDate());
                    ps.setBigDecimal(2, d.amount());
                    ps.setString(3, d.eftTrace());
                    ps.setString(4, d.sourceFile());
                    ps.setString(5, d.sourceRef());
                    ps.setLong(6, jobExecutionId);
                });
    }
}
