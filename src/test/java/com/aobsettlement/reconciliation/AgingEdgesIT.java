package com.aobsettlement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aging at the bucket edges (DOMAIN.md §10 aging.csv): claims submitted 30/31, 60/61, 90/91 and
 * 120/121 days before month end 2026-11-30, none paid. Each claim's open amount is a distinct
 * power of two, so each bucket's sum says exactly which claims fell in it.
 */
class AgingEdgesIT {
    static final LocalDate END = LocalDate.parse("2026-11-30");
    static final int[] AGES = {30, 31, 60, 61, 90, 91, 120, 121};

    @Test
    void bucketEdges(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = new Cli(db.settings(work));
            Path in = Files.createDirectories(work.resolve("in"));
            Files.writeString(in.resolve("providers.csv"), "npi,name,fee_pct,payment_route\n1234567893,Demo Clinic,0.06,PROVIDER_ACCOUNT\n");
            Files.writeString(in.resolve("payers.csv"), "payer_code,name,payer_type,era_payer_id,allowed_pct,prompt_pay_days,"
                    + "prompt_pay_day_kind,interest_apr,appeal_window_days,timely_filing,tolerance_abs,tolerance_pct,"
                    + "sequestration_pct,nsa_applies,effective_from\n"
                    + "PA,Payer A,COMMERCIAL_ERISA,PAERA,1.00,30,CALENDAR,0.12,180,P1Y,1.00,0.01,0,false,2020-01-01\n");
            StringBuilder claims = new StringBuilder("claim_number,assignment_ref,provider_npi,payer_code,patient_ref,network,"
                    + "service_date,authorized_at,submitted_at,line_no,procedure_code,units,billed_amount\n");
            for (int i = 0; i < AGES.length; i++) {
                LocalDate submitted = END.minusDays(AGES[i]);
                claims.append(String.format("AGE%03d,AOB-%d,1234567893,PA,PT-%d,IN,2026-07-01,2026-07-01T09:00:00-04:00,"
                        + "%sT12:00:00-04:00,1,99213,1,%d.00%n", AGES[i], i, i, submitted, 1 << i));
            }
            Files.writeString(in.resolve("assignments.csv"), claims.toString());
            for (String kind : new String[] {"providers", "payers", "assignments"}) {
                cli.ok("import", kind, in.resolve(kind + ".csv").toString());
            }
            cli.ok("settle", "--date", "2026-11-30");
            cli.ok("reconcile", "--month", "2026-11", "--preview");

            // 30 days: 1 → 0–30; 31: 2 and 60: 4 → 31–60; 61: 8 and 90: 16 → 61–90; 91: 32 and 120: 64 → 91–120; 121: 128.
            assertThat(Scenario.read(MonthEndScenario.monthlyDir(work, "2026-11").resolve("aging.csv"))).isEqualTo(
                    "payer_code,days_0_30,days_31_60,days_61_90,days_91_120,days_over_120,total\n"
                            + "PA,1.00,6.00,24.00,96.00,128.00,255.00\n");
        }
    }
}
