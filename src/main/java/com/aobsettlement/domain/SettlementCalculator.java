package com.aobsettlement.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end-of-day computation for one claim and business date D (DOMAIN.md §6.2–6.3, §7). Pure:
 * no Spring, no SQL; everything comes in through {@link SettlementInput}.
 */
public final class SettlementCalculator {
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    /** The overpayment refund is due 60 days after first identification (42 CFR 401.305(b)(1)(i); §7.3). */
    public static final int OVERPAYMENT_REFUND_DAYS = 60;
    /** TIMELY_FILING_RISK opens this many days before the filing deadline (§6.3). */
    public static final int FILING_RISK_DAYS = 30;
    /** NSA: days to start open negotiation, and its length, in business days (45 CFR 149.510(b)(1)(i)). */
    public static final int NSA_NEGOTIATION_BUSINESS_DAYS = 30;
    /** NSA: business days after negotiation ends to initiate IDR (45 CFR 149.510(b)(2)(i)). */
    public static final int NSA_IDR_BUSINESS_DAYS = 4;

    private final BusinessCalendar calendar;
    private final FeeSchedule feeSchedule;
    private final ZoneId businessZone;
    private final DisputeRules disputeRules;

    public SettlementCalculator(BusinessCalendar calendar, FeeSchedule feeSchedule, ZoneId businessZone) {
        this.calendar = calendar;
        this.feeSchedule = feeSchedule;
        this.businessZone = businessZone;
        this.disputeRules = new DisputeRules(calendar);
    }

    /**
     * Settles one claim as of {@code d}.
     *
     * @throws PayerRuleIncompleteException when a rule the claim needs is empty everywhere
     */
    public SettlementResult settle(SettlementInput in, LocalDate d) {
        Claim claim = in.claim();
        PayerRule rule = in.rule();

        List<Remittance> paidByD = in.remittances().stream().filter(r -> !r.paidOn().isAfter(d)).toList();

        BigDecimal billed = claim.billed();
        BigDecimal allowed = allowed(claim, rule);
        BigDecimal patientResp = sum(paidByD, Remittance::patientResponsibility);
        BigDecimal expected = Money.round(Money.max(allowed.subtract(patientResp), BigDecimal.ZERO)
                .multiply(BigDecimal.ONE.subtract(rule.needSequestrationPct())));
        BigDecimal paid = sum(paidByD, Remittance::paidAmount);
        BigDecimal interestPaid = sum(paidByD, Remittance::interestPaid);
        BigDecimal underpaid = expected.subtract(paid);
        BigDecimal threshold = Money.max(Money.round(rule.needToleranceAbs()),
                Money.round(rule.needTolerancePct().multiply(expected)));

        LocalDate submittedDate = claim.submitted() ? claim.submittedAt().atZone(businessZone).toLocalDate() : null;
        LocalDate dueDate = submittedDate == null ? null
                : calendar.add(submittedDate, rule.needPromptPayDays(), rule.needPromptPayDayKind());
        LocalDate firstPaidOn = paidByD.stream().filter(r -> r.paidAmount().signum() > 0)
                .map(Remittance::paidOn).min(LocalDate::compareTo).orElse(null);
        LocalDate remitDate = paidByD.stream().map(Remittance::paidOn).max(LocalDate::compareTo).orElse(null);
        LocalDate appealDeadline = remitDate == null ? null : remitDate.plusDays(rule.needAppealWindowDays());
        LocalDate filingDeadline = claim.serviceDate().plus(rule.needTimelyFiling());

        BigDecimal interest = Money.ZERO;
        if (dueDate != null) {
            if (firstPaidOn != null && firstPaidOn.isAfter(dueDate)) {
                interest = interest(Money.min(paid, expected), rule.needInterestApr(), dueDate, firstPaidOn);
            } else if (paidByD.isEmpty() && d.isAfter(dueDate)) {
                interest = interest(expected, rule.needInterestApr(), dueDate, d);
            }
        }
        BigDecimal interestDue = Money.max(interest.subtract(interestPaid), Money.ZERO);
        BigDecimal refundReserve = underpaid.negate().compareTo(threshold) > 0 ? underpaid.negate() : Money.ZERO;
        BigDecimal collected = paid.add(interestPaid).subtract(refundReserve);

        PayerType payerType = rule.payerType();
        boolean feeWithheld = in.provider().paymentRoute() == PaymentRoute.AGENT_ACCOUNT
                && payerType.percentageFeeForbiddenToAgents();
        BigDecimal fee = feeWithheld ? Money.ZERO : Money.round(collected.multiply(in.provider().feePct()));
        BigDecimal net = collected.subtract(fee);

        boolean nsaClaim = claim.network() == Network.OUT && rule.needNsaApplies() && !payerType.federalProgram();
        List<DisputeClaim> wanted = new ArrayList<>();
        ClaimStatus status;
        BigDecimal writeOff = Money.ZERO;
        if (!claim.submitted()) {
            if (d.isAfter(filingDeadline)) {
                // CARC 29: the time limit for filing has expired; never billable to the patient.
                status = ClaimStatus.WRITTEN_OFF;
                writeOff = allowed;
            } else {
                status = ClaimStatus.UNSUBMITTED;
                if (!d.isBefore(filingDeadline.minusDays(FILING_RISK_DAYS))) {
                    wanted.add(new DisputeClaim(DisputeKind.TIMELY_FILING_RISK, allowed, filingDeadline));
                }
            }
        } else if (paidByD.isEmpty()) {
            status = ClaimStatus.AWAITING_PAYMENT;
            if (d.isAfter(dueDate)) {
                wanted.add(new DisputeClaim(DisputeKind.NO_PAYMENT, expected, null));
            }
        } else if (paid.signum() == 0 && expected.compareTo(threshold) > 0) {
            status = ClaimStatus.DENIED;
            wanted.add(paymentDispute(nsaClaim, DisputeKind.DENIAL, expected, appealDeadline, remitDate));
        } else if (underpaid.compareTo(threshold) > 0) {
            status = ClaimStatus.DISPUTED;
            wanted.add(paymentDispute(nsaClaim, DisputeKind.UNDERPAYMENT, underpaid, appealDeadline, remitDate));
            lateDispute(interestDue, appealDeadline).ifPresent(wanted::add);
        } else if (refundReserve.signum() > 0) {
            status = ClaimStatus.DISPUTED;
            // respond_by counts from first identification; DisputeRules keeps an open one's date.
            wanted.add(new DisputeClaim(DisputeKind.OVERPAYMENT, refundReserve, d.plusDays(OVERPAYMENT_REFUND_DAYS)));
            lateDispute(interestDue, appealDeadline).ifPresent(wanted::add);
        } else if (interestDue.signum() > 0) {
            status = ClaimStatus.DISPUTED;
            wanted.add(new DisputeClaim(DisputeKind.LATE_PAYMENT, interestDue, appealDeadline));
        } else {
            status = ClaimStatus.SETTLED;
        }

        Settlement settlement = new Settlement(claim.id(), claim.claimNumber(), claim.providerNpi(), claim.payerCode(),
                d, status, billed, allowed, patientResp, expected, paid, underpaid, interestDue, interestPaid,
                refundReserve, collected, fee, net, writeOff, submittedDate, dueDate, remitDate, appealDeadline,
                filingDeadline);
        LocalDate latestRemittance = in.remittances().stream().map(Remittance::paidOn)
                .filter(p -> !p.isAfter(d)).max(LocalDate::compareTo).orElse(null);
        List<Dispute> changed = disputeRules.apply(in.disputes(), wanted, d, latestRemittance);
        return new SettlementResult(settlement, LedgerDelta.between(in.previous(), settlement), changed, feeWithheld);
    }

    /** allowed_line = fee schedule × units, else round(billed × allowed_pct); never above billed (§6.2). */
    BigDecimal allowed(Claim claim, PayerRule rule) {
        BigDecimal total = Money.ZERO;
        for (ClaimLine line : claim.lines()) {
            Optional<BigDecimal> scheduled = feeSchedule.allowedAmount(claim.payerCode(), line.procedureCode(),
                    claim.serviceDate());
            BigDecimal lineAllowed = scheduled
                    .map(amount -> Money.round(amount.multiply(BigDecimal.valueOf(line.units()))))
                    .orElseGet(() -> Money.round(line.billedAmount().multiply(rule.needAllowedPct())));
            total = total.add(Money.min(lineAllowed, line.billedAmount()));
        }
        return total;
    }

    /** ACT/365 simple interest on calendar days, rounded per claim (§6.2). */
    static BigDecimal interest(BigDecimal base, BigDecimal apr, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        BigDecimal raw = base.multiply(apr).multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, 10, RoundingMode.HALF_UP);
        return Money.round(raw);
    }

    /** Out-of-network NSA claims dispute an initial payment through open negotiation instead (§7.4). */
    private DisputeClaim paymentDispute(boolean nsaClaim, DisputeKind kind, BigDecimal amount, LocalDate appealDeadline,
                                        LocalDate remitDate) {
        if (nsaClaim) {
            return new DisputeClaim(DisputeKind.NSA_NEGOTIATION, amount,
                    calendar.nthBusinessDay(remitDate, NSA_NEGOTIATION_BUSINESS_DAYS));
        }
        return new DisputeClaim(kind, amount, appealDeadline);
    }

    private static Optional<DisputeClaim> lateDispute(BigDecimal interestDue, LocalDate appealDeadline) {
        return interestDue.signum() > 0
                ? Optional.of(new DisputeClaim(DisputeKind.LATE_PAYMENT, interestDue, appealDeadline))
                : Optional.empty();
    }

    private static BigDecimal sum(List<Remittance> remittances, java.util.function.Function<Remittance, BigDecimal> f) {
        BigDecimal total = Money.ZERO;
        for (Remittance r : remittances) {
            total = total.add(Money.orZero(f.apply(r)));
        }
        return total;
    }
}
