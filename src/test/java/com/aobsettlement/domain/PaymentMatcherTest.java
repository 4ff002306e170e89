package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentMatcherTest {
    static Payment p(String trace, String date, String amount) {
        return new Payment(trace, LocalDate.parse(date), Money.of(amount));
    }

    @Test
    void matchesByTraceAndAmountAndListsTheRest() {
        List<UnmatchedItem> unmatched = PaymentMatcher.unmatched(
                List.of(p("T1", "2026-11-02", "100.00"), p("T2", "2026-11-03", "50.00"), p("T3", "2026-11-04", "70.00"),
                        p("T0", "2026-11-05", "0.00"), p("T4", "2026-11-06", "10.00"), p("T4", "2026-11-07", "20.00")),
                List.of(p("T1", "2026-11-03", "100.00"), p("T3", "2026-11-05", "75.00"), p("T9", "2026-11-09", "9.00"),
                        p("T4", "2026-11-08", "20.00")));
        assertThat(unmatched).extracting(u -> u.side() + " " + u.eftTrace() + " " + u.date() + " " + u.amount() + " " + u.reason())
                .containsExactly(
                        "ERA T2 2026-11-03 50.00 NO_DEPOSIT",
                        "ERA T3 2026-11-04 70.00 AMOUNT_MISMATCH",
                        "ERA T4 2026-11-06 10.00 NO_DEPOSIT",
                        "DEPOSIT T3 2026-11-05 75.00 AMOUNT_MISMATCH",
                        "DEPOSIT T9 2026-11-09 9.00 NO_ERA");
    }

    @Test
    void aZeroPaymentNeedsNoDepositButTwoEqualPaymentsNeedTwo() {
        assertThat(PaymentMatcher.unmatched(List.of(p("N", "2026-11-01", "0.00")), List.of())).isEmpty();
        assertThat(PaymentMatcher.unmatched(List.of(p("D", "2026-11-01", "5.00"), p("D", "2026-11-02", "5.00")),
                List.of(p("D", "2026-11-02", "5.00")))).extracting(UnmatchedItem::reason)
                .containsExactly(UnmatchedItem.Reason.NO_DEPOSIT);
    }
}
