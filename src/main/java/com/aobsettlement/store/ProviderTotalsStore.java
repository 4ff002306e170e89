package com.aobsettlement.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per provider and business date, the sums of the day's ledger deltas (DOMAIN.md §6.4). */
@Repository
public class ProviderTotalsStore {
    private final JdbcTemplate jdbc;

    public ProviderTotalsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ProviderTotal(String providerNpi, int claims, BigDecimal collected, BigDecimal fee, BigDecimal netToProvider) {
    }

    /** Adds a chunk's sums to the day's rows; runs in the chunk's transaction, so a restart never adds twice. */
    public void add(LocalDate businessDate, List<ProviderTotal> chunkTotals) {
        jdbc.batchUpdate("INSERT INTO provider_totals (business_date, provider_npi, claims, collected, fee, net_to_provider) "
                        + "VALUES (?,?,?,?,?,?) ON DUPLICATE KEY UPDATE claims = claims + VALUES(claims), "
                        + "collected = collected + VALUES(collected), fee = fee + VALUES(fee), "
                        + "net_to_provider = net_to_provider + VALUES(net_to_provider)",
                new ArrayList<>(chunkTotals), 500, (ps, t) -> {
                    ps.setObject(1, businessDate);
                    ps.setString(2, t.providerNpi());
                    ps.setInt(3, t.claims());
                    ps.setBigDecimal(4, t.collected());
                    ps.setBigDecimal(5, t.fee());
                    ps.setBigDecimal(6, t.netToProvider());
                });
    }

    public List<ProviderTotal> forDate(LocalDate businessDate) {
        return jdbc.query("SELECT provider_npi, claims, collected, fee, net_to_provider FROM provider_totals "
                        + "WHERE business_date = ? ORDER BY provider_npi",
                (rs, i) -> new ProviderTotal(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)), businessDate);
    }
}
