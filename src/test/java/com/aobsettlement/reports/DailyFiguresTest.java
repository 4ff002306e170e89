package com.aobsettlement.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.DisputeStatus;
import com.aobsettlement.store.RunSummaryStore.DisputeCounts;
import com.aobsettlement.store.RunSummaryStore.ListedDispute;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The run summary's counts as the report step takes them from the rows it writes, and kept in its context. */
class DailyFiguresTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    /** A disputes.csv row as the report step reads it: UTF-8 fields, null for an empty date. */
    private static void dispute(DailyFigures f, String claim, DisputeKind kind, String amount, LocalDate openedOn,
                                LocalDate respondBy, DisputeStatus status) {
        String[] fields = {claim, kind.name(), amount, openedOn.toString(), respondBy == null ? null : respondBy.toString(),
            status.name()};
        byte[][] row = new byte[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            row[i] = fields[i] == null ? null : fields[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        f.dispute(row, DAY.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static DailyFigures sample() {
        DailyFigures f = new DailyFigures();
        f.settlements(java.util.Map.of(ClaimStatus.SETTLED, 3L, ClaimStatus.DENIED, 1L, ClaimStatus.DISPUTED, 1L));
        LocalDate before = DAY.minusDays(40);
        dispute(f, "C1", DisputeKind.DENIAL, "10.00", DAY, DAY.plusDays(30), DisputeStatus.OPEN);
        dispute(f, "C2", DisputeKind.DENIAL, "11.00", before, DAY.plusDays(5), DisputeStatus.IN_PROGRESS);
        dispute(f, "C3", DisputeKind.UNDERPAYMENT, "12.50", before, null, DisputeStatus.RESOLVED);
        dispute(f, "C4", DisputeKind.OVERPAYMENT, "3.00", before, null, DisputeStatus.WITHDRAWN);
        for (int i = 0; i < 17; i++) { // 17 expired: the summary lists the first 15
            dispute(f, String.format("E%02d", i), DisputeKind.LATE_PAYMENT, "0.36", before,
                    i == 0 ? null : DAY.minusDays(i), DisputeStatus.EXPIRED);
        }
        return f;
    }

    @Test
    void countsTheRowsWritten() {
        DailyFigures f = sample();
        assertThat(f.claimsByStatus()).containsExactly(java.util.Map.entry("DENIED", 1L), java.util.Map.entry("DISPUTED", 1L),
                java.util.Map.entry("SETTLED", 3L));
        assertThat(f.disputesByKind().keySet()).containsExactly("DENIAL", "LATE_PAYMENT", "OVERPAYMENT", "UNDERPAYMENT");
        assertThat(f.disputesByKind().get("DENIAL")).isEqualTo(new DisputeCounts(1, 1, 0, 0));
        assertThat(f.disputesByKind().get("UNDERPAYMENT")).isEqualTo(new DisputeCounts(0, 0, 1, 0));
        assertThat(f.disputesByKind().get("OVERPAYMENT")).isEqualTo(new DisputeCounts(0, 0, 0, 0));
        assertThat(f.disputesByKind().get("LATE_PAYMENT")).isEqualTo(new DisputeCounts(0, 0, 0, 17));
        assertThat(f.expired()).isEqualTo(17);
        assertThat(f.firstExpired()).hasSize(15);
        assertThat(f.firstExpired().get(0)).isEqualTo(new ListedDispute("E00", DisputeKind.LATE_PAYMENT, new BigDecimal("0.36"), null));
        assertThat(f.firstExpired().get(14)).isEqualTo(new ListedDispute("E14", DisputeKind.LATE_PAYMENT, new BigDecimal("0.36"),
                LocalDate.parse("2026-11-12")));
    }

    @Test
    void keptInTheStepContextAndReadBack() {
        DailyFigures f = sample();
        ExecutionContext context = new ExecutionContext();
        context.putLong("other.key", 7);
        f.saveTo(context);
        DailyFigures back = DailyFigures.from(context).orElseThrow();
        assertThat(back.claimsByStatus()).isEqualTo(f.claimsByStatus());
        assertThat(back.disputesByKind().keySet()).containsExactlyElementsOf(f.disputesByKind().keySet());
        f.disputesByKind().forEach((kind, n) -> assertThat(back.disputesByKind().get(kind)).isEqualTo(n));
        assertThat(back.expired()).isEqualTo(17);
        assertThat(back.firstExpired()).hasSize(15);
        for (int i = 0; i < 15; i++) {
            assertThat(back.firstExpired().get(i)).isEqualTo(f.firstExpired().get(i));
        }
    }

    @Test
    void aContextWithoutFiguresHasNone() {
        ExecutionContext context = new ExecutionContext();
        context.putLong("summary.expired", 3); // a stray key alone does not count
        assertThat(DailyFigures.from(context)).isEmpty();
    }
}
