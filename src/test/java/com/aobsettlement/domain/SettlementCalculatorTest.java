package com.aobsettlement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of DOMAIN.md §11, rows 1–7 and 9, and the rounding rules of §2. */
class SettlementCalculatorTest {
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate D = LocalDate.parse("2026-11-26");
    static final Provider PROVIDER = new Provider("1234567893", "Demo Clinic", new BigDecimal("0.06"), PaymentRoute.PROVIDER_ACCOUNT);
    static final PayerRule P1 = new PayerRule("P1", PayerType.COMMERCIAL_ERISA, LocalDate.parse("2020-01-01"),
            new BigDecimal("0.80"), 30, DayKind.CALENDAR, new BigDecimal("0.12"), 180, Period.ofDays(180),
            new BigDecimal("1.00"), new BigDecimal("0.01"), BigDecimal.ZERO, false);

    final FederalHolidayCalendar calendar = new FederalHolidayCalendar();
    final SettlementCalculator calculator = new SettlementCalculator(calendar, FeeSchedule.empty(), ZONE);

    static Claim claim(String billed, String submitted) {
        return claim(billed, submitted, "P1", Network.IN, "2026-10-20");
    }

    static Claim claim(String billed, String submitted, String payer, Network network, String serviceDate) {
        Instant submittedAt = submitted == null ? null : LocalDate.parse(submitted).atTime(10, 0).atZone(ZONE).toInstant();
        return new Claim(1, "C1", PROVIDER.npi(), payer, network, LocalDate.parse(serviceDate),
                LocalDate.parse(serviceDate).atStartOfDay(ZONE).toInstant(), submittedAt, ClaimStatus.PENDING,
                List.of(new ClaimLine(1, "99213", 1, new BigDecimal(billed))));
    }

    static Remittance remit(String status, String paid, String patientResp, String paidOn) {
        return new Remittance(1, status, new BigDecimal("200.00"), new BigDecimal(paid), new BigDecimal(patientResp),
                Money.ZERO, LocalDate.parse(paidOn), "TRACE1");
    }

    SettlementResult settle(Claim claim, Remittance... remittances) {
        return calculator.settle(new SettlementInput(claim, PROVIDER, P1, List.of(remittances), null, List.of()), D);
    }

    static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void example1_paidInFull_settled() {
        Settlement s = settle(claim("200.00", "2026-11-01"), remit("1", "130.00", "30.00", "2026-11-20")).settlement();
        assertThat(s.allowed()).isEqualByComparingTo("160.00");
        assertThat(s.payerExpected()).isEqualByComparingTo("130.00");
        assertThat(s.underpaid()).isEqualByComparingTo("0.00");
        assertThat(s.fee()).isEqualByComparingTo("7.80");
        assertThat(s.netToProvider()).isEqualByComparingTo("122.20");
        assertThat(s.status()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(s.dueDate()).isEqualTo(LocalDate.parse("2026-12-01"));
    }

    @Test
    void example2_underpaid_disputed() {
        SettlementResult r = settle(claim("500.00", "2026-11-01"), remit("1", "300.00", "50.00", "2026-11-10"));
        Settlement s = r.settlement();
        assertThat(s.allowed()).isEqualByComparingTo("400.00");
        assertThat(s.payerExpected()).isEqualByComparingTo("350.00");
        assertThat(s.underpaid()).isEqualByComparingTo("50.00");
        assertThat(s.fee()).isEqualByComparingTo("18.00");
        assertThat(s.netToProvider()).isEqualByComparingTo("282.00");
        assertThat(s.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(r.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.UNDERPAYMENT, m("50.00"), D, LocalDate.parse("2027-05-09")));
    }

    @Test
    void example3_underpaidWithinTolerance_settled() {
        SettlementResult r = settle(claim("500.00", "2026-11-01"), remit("1", "347.00", "50.00", "2026-11-10"));
        assertThat(r.settlement().underpaid()).isEqualByComparingTo("3.00");
        assertThat(r.settlement().status()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(r.changedDisputes()).isEmpty();
    }

    @Test
    void example4_paidLate_latePaymentDispute() {
        SettlementResult r = settle(claim("200.00", "2026-09-01"), remit("1", "130.00", "30.00", "2026-11-15"));
        Settlement s = r.settlement();
        assertThat(s.dueDate()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(s.interestDue()).isEqualByComparingTo("1.92");
        assertThat(s.fee()).isEqualByComparingTo("7.80");
        assertThat(s.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(r.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.LATE_PAYMENT, m("1.92"), D, LocalDate.parse("2027-05-14")));
    }

    @Test
    void example5_denied() {
        SettlementResult r = settle(claim("200.00", "2026-11-01"), remit("4", "0.00", "0.00", "2026-11-12"));
        assertThat(r.settlement().status()).isEqualTo(ClaimStatus.DENIED);
        assertThat(r.settlement().interestDue()).isEqualByComparingTo("0.00");
        assertThat(r.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.DENIAL, m("160.00"), D, LocalDate.parse("2027-05-11")));
    }

    @Test
    void example6_noPaymentPastDue() {
        SettlementResult r = settle(claim("200.00", "2026-10-01"));
        Settlement s = r.settlement();
        assertThat(s.dueDate()).isEqualTo(LocalDate.parse("2026-10-31"));
        assertThat(s.interestDue()).isEqualByComparingTo("1.37");
        assertThat(s.status()).isEqualTo(ClaimStatus.AWAITING_PAYMENT);
        assertThat(r.changedDisputes()).containsExactly(Dispute.open(DisputeKind.NO_PAYMENT, m("160.00"), D, null));
    }

    @Test
    void example7_overpaid_refundReserve() {
        SettlementResult r = settle(claim("200.00", "2026-11-01"), remit("1", "180.00", "30.00", "2026-11-20"));
        Settlement s = r.settlement();
        assertThat(s.underpaid()).isEqualByComparingTo("-50.00");
        assertThat(s.refundReserve()).isEqualByComparingTo("50.00");
        assertThat(s.collected()).isEqualByComparingTo("130.00");
        assertThat(s.fee()).isEqualByComparingTo("7.80");
        assertThat(s.netToProvider()).isEqualByComparingTo("122.20");
        assertThat(s.status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(r.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.OVERPAYMENT, m("50.00"), D, LocalDate.parse("2027-01-25")));
    }

    @Test
    void example9_medicareSequestration() {
        PayerRule medicare = new PayerRule("MCR", PayerType.MEDICARE, LocalDate.parse("2020-01-01"), null, 30,
                DayKind.CALENDAR, new BigDecimal("0.04"), 120, Period.ofYears(1), new BigDecimal("1.00"),
                new BigDecimal("0.01"), new BigDecimal("0.02"), false);
        FeeSchedule schedule = new FeeSchedule(List.of(new FeeSchedule.Entry("MCR", "99213", m("100.00"),
                LocalDate.parse("2026-01-01"), null)));
        SettlementCalculator withSchedule = new SettlementCalculator(calendar, schedule, ZONE);
        Claim c = claim("150.00", "2026-11-01", "MCR", Network.IN, "2026-10-20");
        Settlement s = withSchedule.settle(new SettlementInput(c, PROVIDER, medicare,
                List.of(remit("1", "78.40", "20.00", "2026-11-20")), null, List.of()), D).settlement();
        assertThat(s.allowed()).isEqualByComparingTo("100.00");
        assertThat(s.payerExpected()).isEqualByComparingTo("78.40");
        assertThat(s.underpaid()).isEqualByComparingTo("0.00");
        assertThat(s.status()).isEqualTo(ClaimStatus.SETTLED);
    }

    @Test
    void paidLateAndUnderpaid_getsBothDisputes() {
        SettlementResult r = settle(claim("500.00", "2026-09-01"), remit("1", "300.00", "50.00", "2026-11-10"));
        // 300.00 × 0.12 × 40 / 365 = 3.945… → 3.95
        assertThat(r.settlement().interestDue()).isEqualByComparingTo("3.95");
        assertThat(r.settlement().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(r.changedDisputes()).extracting(Dispute::kind, Dispute::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DisputeKind.UNDERPAYMENT, m("50.00")),
                        org.assertj.core.groups.Tuple.tuple(DisputeKind.LATE_PAYMENT, m("3.95")));
    }

    @Test
    void halfCentRoundsUp_allowedPerLine_andFee() {
        // 100.05 × 0.80 = 80.04 exactly; 100.01 × 0.85 = 85.0085 → 85.01 (HALF_UP at the third decimal)
        PayerRule p = new PayerRule("P1", PayerType.COMMERCIAL_ERISA, LocalDate.parse("2020-01-01"),
                new BigDecimal("0.85"), 30, DayKind.CALENDAR, new BigDecimal("0.12"), 180, Period.ofDays(180),
                new BigDecimal("1.00"), new BigDecimal("0.01"), BigDecimal.ZERO, false);
        Provider provider = new Provider("1234567893", "X", new BigDecimal("0.05"), PaymentRoute.PROVIDER_ACCOUNT);
        Claim c = new Claim(1, "C1", provider.npi(), "P1", Network.IN, LocalDate.parse("2026-10-20"),
                Instant.parse("2026-10-20T12:00:00Z"), Instant.parse("2026-11-01T12:00:00Z"), ClaimStatus.PENDING,
                List.of(new ClaimLine(1, "99213", 1, m("100.01")), new ClaimLine(2, "99214", 1, m("0.10"))));
        // line 2: 0.10 × 0.85 = 0.085 → 0.09
        Settlement s = calculator.settle(new SettlementInput(c, provider, p,
                List.of(remit("1", "85.10", "0.00", "2026-11-20")), null, List.of()), D).settlement();
        assertThat(s.allowed()).isEqualByComparingTo("85.10");
        // fee: 85.10 × 0.05 = 4.255 → 4.26
        assertThat(s.fee()).isEqualByComparingTo("4.26");
        assertThat(s.netToProvider()).isEqualByComparingTo("80.84");
    }

    @Test
    void interestHalfCentRoundsUp() {
        // 365.00 × 0.10 × 5 / 365 = 0.50 exactly; 73.00 × 0.05 × 5 / 365 = 0.05; 109.50 × 0.10 × 1/365 = 0.03
        assertThat(SettlementCalculator.interest(m("365.00"), m("0.10"), D, D.plusDays(5))).isEqualByComparingTo("0.50");
        // 4.5625 × ... : 146.00 × 0.10 × 1 / 365 = 0.04 exactly; 182.50 × 0.10 × 1 / 365 = 0.05 exactly;
        // 9.125 cents: 91.25 × 0.10 × 1 / 365 = 0.025 → 0.03 (HALF_UP)
        assertThat(SettlementCalculator.interest(m("91.25"), m("0.10"), D, D.plusDays(1))).isEqualByComparingTo("0.03");
    }

    @Test
    void reversalWithoutCorrection_negatesPayment_claimDeniedAgain() {
        SettlementResult r = settle(claim("200.00", "2026-11-01"),
                remit("1", "130.00", "30.00", "2026-11-10"), remit("22", "-130.00", "-30.00", "2026-11-20"));
        Settlement s = r.settlement();
        assertThat(s.payerPaid()).isEqualByComparingTo("0.00");
        assertThat(s.patientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(s.payerExpected()).isEqualByComparingTo("160.00");
        assertThat(s.collected()).isEqualByComparingTo("0.00");
        assertThat(s.status()).isEqualTo(ClaimStatus.DENIED);
    }

    @Test
    void reversalThenCorrection_ledgerDeltaIsTheDifference() {
        Claim c = claim("200.00", "2026-11-01");
        Settlement first = settle(c, remit("1", "120.00", "30.00", "2026-11-10")).settlement();
        SettlementResult second = calculator.settle(new SettlementInput(c, PROVIDER, P1, List.of(
                remit("1", "120.00", "30.00", "2026-11-10"), remit("22", "-120.00", "-30.00", "2026-11-20"),
                remit("1", "130.00", "30.00", "2026-11-20")), first, List.of()), D);
        assertThat(first.collected()).isEqualByComparingTo("120.00");
        assertThat(first.fee()).isEqualByComparingTo("7.20");
        assertThat(second.settlement().collected()).isEqualByComparingTo("130.00");
        assertThat(second.ledgerDelta()).isEqualTo(new LedgerDelta(m("10.00"), m("0.60"), m("9.40"), m("0.00"), m("0.00")));
    }

    @Test
    void remittancesAfterTheBusinessDateAreIgnored() {
        SettlementResult r = settle(claim("200.00", "2026-11-01"), remit("1", "130.00", "30.00", "2026-11-27"));
        assertThat(r.settlement().status()).isEqualTo(ClaimStatus.AWAITING_PAYMENT);
        assertThat(r.settlement().payerPaid()).isEqualByComparingTo("0.00");
    }

    @Test
    void unsubmitted_filingRisk_thenWrittenOff() {
        Claim c = claim("200.00", null, "P1", Network.IN, "2026-06-10"); // + P180D = 2026-12-07
        SettlementResult r = settle(c);
        assertThat(r.settlement().filingDeadline()).isEqualTo(LocalDate.parse("2026-12-07"));
        assertThat(r.settlement().status()).isEqualTo(ClaimStatus.UNSUBMITTED);
        assertThat(r.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.TIMELY_FILING_RISK, m("160.00"), D, LocalDate.parse("2026-12-07")));

        Claim old = claim("200.00", null, "P1", Network.IN, "2026-05-01"); // deadline 2026-10-28
        SettlementResult w = settle(old);
        assertThat(w.settlement().status()).isEqualTo(ClaimStatus.WRITTEN_OFF);
        assertThat(w.settlement().writeOff()).isEqualByComparingTo("160.00");
        assertThat(w.ledgerDelta().writeOff()).isEqualByComparingTo("160.00");
    }

    @Test
    void timelyFilingOfOneYearFromFebruary29EndsOnFebruary28() {
        PayerRule medicare = new PayerRule("MCR", PayerType.MEDICARE, LocalDate.parse("2020-01-01"), new BigDecimal("0.80"),
                30, DayKind.CALENDAR, new BigDecimal("0.04"), 120, Period.parse("P1Y"), new BigDecimal("1.00"),
                new BigDecimal("0.01"), new BigDecimal("0.02"), false);
        Claim leap = claim("200.00", null, "MCR", Network.IN, "2024-02-29");
        Settlement s = calculator.settle(new SettlementInput(leap, PROVIDER, medicare, List.of(), null, List.of()),
                LocalDate.parse("2025-02-28")).settlement();
        assertThat(s.filingDeadline()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(s.status()).isEqualTo(ClaimStatus.UNSUBMITTED);
        assertThat(calculator.settle(new SettlementInput(leap, PROVIDER, medicare, List.of(), null, List.of()),
                LocalDate.parse("2025-03-01")).settlement().status()).isEqualTo(ClaimStatus.WRITTEN_OFF);
    }

    @Test
    void missingRuleColumn_isNamed() {
        PayerRule noApr = new PayerRule("P1", PayerType.COMMERCIAL_ERISA, LocalDate.parse("2020-01-01"),
                new BigDecimal("0.80"), 30, DayKind.CALENDAR, null, 180, Period.ofDays(180),
                new BigDecimal("1.00"), new BigDecimal("0.01"), BigDecimal.ZERO, false);
        Claim late = claim("200.00", "2026-09-01");
        assertThatThrownBy(() -> calculator.settle(new SettlementInput(late, PROVIDER, noApr,
                List.of(remit("1", "130.00", "30.00", "2026-11-15")), null, List.of()), D))
                .isInstanceOf(PayerRuleIncompleteException.class)
                .satisfies(e -> assertThat(((PayerRuleIncompleteException) e).column()).isEqualTo("interest_apr"));
        // paid on time: the rate is not needed
        assertThat(calculator.settle(new SettlementInput(claim("200.00", "2026-11-01"), PROVIDER, noApr,
                List.of(remit("1", "130.00", "30.00", "2026-11-20")), null, List.of()), D).settlement().status())
                .isEqualTo(ClaimStatus.SETTLED);
    }

    @Test
    void agentAccount_medicare_noPercentageFee() {
        PayerRule medicaid = new PayerRule("MCD", PayerType.MEDICAID, LocalDate.parse("2020-01-01"),
                new BigDecimal("0.80"), 30, DayKind.CALENDAR, new BigDecimal("0.05"), 90, Period.ofYears(1),
                new BigDecimal("1.00"), new BigDecimal("0.01"), BigDecimal.ZERO, false);
        Provider agent = new Provider("1234567893", "X", new BigDecimal("0.06"), PaymentRoute.AGENT_ACCOUNT);
        SettlementResult r = calculator.settle(new SettlementInput(claim("200.00", "2026-11-01", "MCD", Network.IN, "2026-10-20"),
                agent, medicaid, List.of(remit("1", "130.00", "30.00", "2026-11-20")), null, List.of()), D);
        assertThat(r.settlement().fee()).isEqualByComparingTo("0.00");
        assertThat(r.settlement().netToProvider()).isEqualByComparingTo("130.00");
        assertThat(r.feeWithheldByRule()).isTrue();
    }

    @Test
    void example10_noSurprisesAct_negotiationThenIdr() {
        PayerRule nsa = new PayerRule("NSA", PayerType.COMMERCIAL_STATE, LocalDate.parse("2020-01-01"),
                new BigDecimal("0.80"), 30, DayKind.CALENDAR, new BigDecimal("0.12"), 180, Period.ofDays(180),
                new BigDecimal("1.00"), new BigDecimal("0.01"), BigDecimal.ZERO, true);
        Claim c = claim("500.00", "2026-11-01", "NSA", Network.OUT, "2026-10-20");
        List<Remittance> remits = List.of(remit("1", "200.00", "50.00", "2026-11-20"));
        SettlementResult first = calculator.settle(new SettlementInput(c, PROVIDER, nsa, remits, null, List.of()), D);
        assertThat(first.changedDisputes()).containsExactly(
                Dispute.open(DisputeKind.NSA_NEGOTIATION, m("150.00"), D, LocalDate.parse("2027-01-05")));

        // Staff start negotiation on 2027-01-04: it ends on the 30th business day, 2027-02-16.
        Dispute negotiating = first.changedDisputes().get(0).inProgress(
                calendar.nthBusinessDay(LocalDate.parse("2027-01-04"), 30), LocalDate.parse("2027-01-04"));
        assertThat(negotiating.respondBy()).isEqualTo(LocalDate.parse("2027-02-16"));
        negotiating = new Dispute(7L, negotiating.kind(), negotiating.amount(), negotiating.openedOn(),
                negotiating.respondBy(), negotiating.status(), null, null, negotiating.changedOn());

        LocalDate feb16 = LocalDate.parse("2027-02-16");
        List<Dispute> onLastDay = calculator.settle(new SettlementInput(c, PROVIDER, nsa, remits, first.settlement(),
                List.of(negotiating)), feb16).changedDisputes();
        assertThat(onLastDay).isEmpty();

        LocalDate feb17 = LocalDate.parse("2027-02-17");
        List<Dispute> after = calculator.settle(new SettlementInput(c, PROVIDER, nsa, remits, first.settlement(),
                List.of(negotiating)), feb17).changedDisputes();
        assertThat(after).extracting(Dispute::kind, Dispute::status, Dispute::respondBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DisputeKind.NSA_NEGOTIATION, DisputeStatus.RESOLVED, feb16),
                org.assertj.core.groups.Tuple.tuple(DisputeKind.NSA_IDR, DisputeStatus.OPEN, LocalDate.parse("2027-02-22")));
    }

    @Test
    void nsaNeverForMedicareOrMedicaid() {
        PayerRule medicare = new PayerRule("MCR", PayerType.MEDICARE, LocalDate.parse("2020-01-01"),
                new BigDecimal("0.80"), 30, DayKind.CALENDAR, new BigDecimal("0.04"), 120, Period.ofYears(1),
                new BigDecimal("1.00"), new BigDecimal("0.01"), new BigDecimal("0.02"), true);
        Claim c = claim("500.00", "2026-11-01", "MCR", Network.OUT, "2026-10-20");
        List<Dispute> disputes = calculator.settle(new SettlementInput(c, PROVIDER, medicare,
                List.of(remit("1", "200.00", "50.00", "2026-11-20")), null, List.of()), D).changedDisputes();
        assertThat(disputes).extracting(Dispute::kind).containsExactly(DisputeKind.UNDERPAYMENT);
    }

    @Test
    void disputeLifecycle_expiresThenIsNotReopened_resolvedReopens() {
        Claim c = claim("500.00", "2026-11-01");
        Dispute old = new Dispute(3L, DisputeKind.UNDERPAYMENT, m("50.00"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-11-25"), DisputeStatus.OPEN, null, null, LocalDate.parse("2026-05-01"));
        List<Dispute> changed = calculator.settle(new SettlementInput(c, PROVIDER, P1,
                List.of(remit("1", "300.00", "50.00", "2026-05-29")), null, List.of(old)), D).changedDisputes();
        assertThat(changed).extracting(Dispute::kind, Dispute::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DisputeKind.UNDERPAYMENT, DisputeStatus.EXPIRED));

        Dispute resolved = new Dispute(4L, DisputeKind.UNDERPAYMENT, m("50.00"), LocalDate.parse("2026-11-11"),
                LocalDate.parse("2027-05-09"), DisputeStatus.RESOLVED, LocalDate.parse("2026-11-20"), null,
                LocalDate.parse("2026-11-20"));
        List<Dispute> reopened = calculator.settle(new SettlementInput(c, PROVIDER, P1,
                List.of(remit("1", "300.00", "50.00", "2026-11-10")), null, List.of(resolved)), D).changedDisputes();
        assertThat(reopened).containsExactly(Dispute.open(DisputeKind.UNDERPAYMENT, m("50.00"), D, LocalDate.parse("2027-05-09")));

        // An open one updates in place instead of adding a twin.
        Dispute open = new Dispute(5L, DisputeKind.UNDERPAYMENT, m("40.00"), LocalDate.parse("2026-11-11"),
                LocalDate.parse("2027-05-09"), DisputeStatus.OPEN, null, null, LocalDate.parse("2026-11-11"));
        List<Dispute> updated = calculator.settle(new SettlementInput(c, PROVIDER, P1,
                List.of(remit("1", "300.00", "50.00", "2026-11-10")), null, List.of(open)), D).changedDisputes();
        assertThat(updated).containsExactly(new Dispute(5L, DisputeKind.UNDERPAYMENT, m("50.00"),
                LocalDate.parse("2026-11-11"), LocalDate.parse("2027-05-09"), DisputeStatus.OPEN, null, null, D));
    }
}
