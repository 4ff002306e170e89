package com.aobsettlement.settlement;

import com.aobsettlement.domain.PayerRule;
import com.aobsettlement.domain.PayerRuleBook;
import com.aobsettlement.domain.PayerRuleIncompleteException;
import com.aobsettlement.domain.ReasonCode;
import com.aobsettlement.domain.SettlementCalculator;
import com.aobsettlement.domain.SettlementInput;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Finds the payer rule in force on the claim's service date and hands the claim to the calculator;
 * first, a claim whose stored inputs hold a date that is not data stays pending ({@link StoredDates}).
 */
public class SettlementProcessor implements ItemProcessor<PendingClaim, SettlementOutcome> {
    private final SettlementCalculator calculator;
    private final PayerRuleBook rules;
    private final StoredDates storedDates;
    private final LocalDate businessDate;

    SettlementProcessor(SettlementCalculator calculator, PayerRuleBook rules, StoredDates storedDates, LocalDate businessDate) {
        this.calculator = calculator;
        this.rules = rules;
        this.storedDates = storedDates;
        this.businessDate = businessDate;
    }

    @Override
    public SettlementOutcome process(PendingClaim pending) {
        var claim = pending.claim();
        String notData = storedDates.problem(pending);
        if (notData != null) {
            return new SettlementOutcome(claim, null, new ExceptionRow(source(), claim.claimNumber(), ReasonCode.INVALID_FIELD,
                    "claim " + claim.claimNumber() + ": " + notData + "; the claim stays pending until that row is corrected"));
        }
        Optional<PayerRule> rule = rules.ruleInForce(claim.payerCode(), claim.serviceDate());
        if (rule.isEmpty()) {
            return new SettlementOutcome(claim, null, exception(claim.claimNumber(), "claim " + claim.claimNumber()
                    + ": payer " + claim.payerCode() + " has no row in force on service date " + claim.serviceDate()
                    + " (effective_from); the claim stays pending"));
        }
        if (pending.provider() == null) {
            return new SettlementOutcome(claim, null, new ExceptionRow(source(), claim.claimNumber(),
                    ReasonCode.UNKNOWN_PROVIDER, "claim " + claim.claimNumber() + ": provider " + claim.providerNpi()
                    + " is no longer in providers; the claim stays pending"));
        }
        try {
            return new SettlementOutcome(claim, calculator.settle(new SettlementInput(claim, pending.provider(), rule.get(),
                    pending.remittances(), pending.previous(), pending.disputes()), businessDate), null);
        } catch (PayerRuleIncompleteException e) {
            return new SettlementOutcome(claim, null, exception(claim.claimNumber(), "claim " + claim.claimNumber() + ": "
                    + e.getMessage() + "; the claim stays pending until the payer row gives " + e.column()));
        }
    }

    private ExceptionRow exception(String claimNumber, String message) {
        return new ExceptionRow(source(), claimNumber, ReasonCode.PAYER_RULE_INCOMPLETE, message);
    }

    private String source() {
        return "settlement " + businessDate;
    }
}
