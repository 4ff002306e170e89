package com.aobsettlement.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.support.TestDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries that carry a rule of DOMAIN.md, on MariaDB and on H2: the pending claims of §6.1 (final
 * statuses as {@link ClaimStatus#isFinal} says; a settled claim only with a remittance paid by the business
 * date that no settlement included) and a claim's latest settlement of §6.4 and §8 (the one of
 * the greatest business date, whatever order the rows were written in).
 */
class RuleQueriesIT {
    private static final LocalDate D = LocalDate.of(2026, 11, 26);

    @Test
    void mariadb() {
        try (TestDatabase db = TestDatabase.mariadb()) {
            check(migrated(db, "mysql"));
        }
    }

    @Test
    void h2(@TempDir Path dir) {
        check(migrated(TestDatabase.h2(dir), "h2"));
    }

    private static JdbcTemplate migrated(TestDatabase db, String vendor) {
        JdbcTemplate jdbc = db.jdbc();
        Flyway.configure().dataSource(jdbc.getDataSource()).locations("classpath:db/common", "classpath:db/" + vendor)
                .load().migrate();
        return jdbc;
    }

    private static void check(JdbcTemplate jdbc) {
        SqlDialects dialects = new SqlDialects(jdbc);
        ClaimStore claims = new ClaimStore(jdbc, dialects);
        assertThat(claims.idRange()).isEmpty();
        pendingClaimsAreTheNotFinalOnesWithSomethingToSettle(jdbc, claims);
        aClaimsLatestSettlementIsTheOneOfTheGreatestBusinessDate(jdbc, new SettlementStore(jdbc, dialects),
                new MonthEndStore(jdbc));
    }

    private static void pendingClaimsAreTheNotFinalOnesWithSomethingToSettle(JdbcTemplate jdbc, ClaimStore claims) {
        // Each claim's remittances as paid_on/settled_on ("-": not settled yet), and whether one is still to settle.
        String[][] remittanceCases = {
                {},
                {"2026-11-25/-"},
                {"2026-11-26/-"},
                {"2026-11-27/-"},
                {"2026-11-20/2026-11-24"},
                {"2026-11-20/2026-11-24", "2026-11-26/-"},
                {"2026-11-20/2026-11-24", "2026-11-30/-"},
        };
        boolean[] toSettle = {false, true, true, false, false, true, false};
        List<Long> expected = new ArrayList<>();
        long id = 100;
        for (ClaimStatus status : ClaimStatus.values()) {
            for (int k = 0; k < remittanceCases.length; k++) {
                id++;
                insertClaim(jdbc, id, status);
                for (String r : remittanceCases[k]) {
                    String[] dates = r.split("/");
                    insertRemittance(jdbc, id, "C" + id, LocalDate.parse(dates[0]),
                            dates[1].equals("-") ? null : LocalDate.parse(dates[1]));
                }
                if (!status.isFinal() && (status != ClaimStatus.SETTLED || toSettle[k])) {
                    expected.add(id);
                }
            }
        }
        // A remittance of no known claim (unmatched money) makes nothing pending.
        insertRemittance(jdbc, null, "Z1", D, null);
        assertThat(claims.idRange()).contains(new ClaimStore.ClaimIdRange(101, id));
        assertThat(claims.countPending(100, id, D)).isEqualTo(expected.size());
        assertThat(claims.pendingPage(100, id, D, 1000)).extracting(Claim::id).containsExactlyElementsOf(expected);
        assertThat(claims.pendingPage(104, 112, D, 3)).extracting(Claim::id).containsExactly(105L, 106L, 107L);
        long settled = 101 + ClaimStatus.SETTLED.ordinal() * remittanceCases.length;
        assertThat(claims.pendingPage(settled - 1, settled + remittanceCases.length - 1, D, 100)).extracting(Claim::id)
                .containsExactly(settled + 1, settled + 2, settled + 5);
    }

    private static void aClaimsLatestSettlementIsTheOneOfTheGreatestBusinessDate(JdbcTemplate jdbc, SettlementStore settlements,
                                                                                  MonthEndStore monthEnd) {
        // Written out of date order: the row of the 25th has the smaller id.
        insertSettlement(jdbc, 101, LocalDate.of(2026, 11, 25), "25.00");
        insertSettlement(jdbc, 101, LocalDate.of(2026, 11, 24), "24.00");
        insertSettlement(jdbc, 102, LocalDate.of(2026, 11, 20), "20.00");
        assertThat(settlements.latestFor(List.of(101L, 102L, 103L))).hasSize(2).hasEntrySatisfying(101L,
                s -> assertThat(s.businessDate()).isEqualTo(LocalDate.of(2026, 11, 25)));
        assertThat(monthEnd.positions(LocalDate.of(2026, 11, 30)).collected()).isEqualByComparingTo("45.00");
        assertThat(monthEnd.positions(LocalDate.of(2026, 11, 24)).collected()).isEqualByComparingTo("44.00");
    }

    private static void insertClaim(JdbcTemplate jdbc, long id, ClaimStatus status) {
        jdbc.update("INSERT INTO claims (id, claim_number, assignment_ref, provider_npi, payer_code, patient_ref, network, "
                + "service_date, authorized_at, submitted_at, status, source_file) "
                + "VALUES (?, ?, 'A', '1234567893', 'P1', 'x', 'IN', '2026-10-01', '2026-10-01 10:00:00', NULL, ?, 'f')",
                id, "C" + id, status.name());
    }

    private static void insertRemittance(JdbcTemplate jdbc, Long claimId, String claimNumber, LocalDate paidOn,
                                         LocalDate settledOn) {
        jdbc.update("INSERT INTO remittances (claim_id, claim_number, status_code, charge_amount, paid_amount, "
                + "patient_responsibility, interest_paid, paid_on, eft_trace, source, source_file, source_ref, settled_on) "
                + "VALUES (?, ?, '1', 10, 10, 0, 0, ?, 'T', 'CSV', 'f', 'r', ?)", claimId, claimNumber, paidOn, settledOn);
    }

    private static void insertSettlement(JdbcTemplate jdbc, long claimId, LocalDate businessDate, String collected) {
        BigDecimal c = new BigDecimal(collected);
        jdbc.update("INSERT INTO settlements (claim_id, claim_number, provider_npi, payer_code, business_date, job_execution_id, "
                + "status, billed, allowed, patient_responsibility, payer_expected, payer_paid, underpaid, interest_due, "
                + "interest_paid, refund_reserve, collected, fee, net_to_provider, write_off) "
                + "VALUES (?, ?, '1234567893', 'P1', ?, 1, 'SETTLED', 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, ?, 0)",
                claimId, "C" + claimId, businessDate, c, c);
    }
}
