package com.aobsettlement.era;

import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.ReasonCode;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides what becomes of each transaction, in this order: one that does not map is ERA_SYNTAX; one
 * that does not balance is ERA_CLAIM_UNBALANCED or ERA_UNBALANCED (the file is wrong whoever the payer
 * is); one whose payer (TRN03, else N1*PR N104) is no payer's era_payer_id is ERA_UNKNOWN_PAYER.
 * Anything else is posted.
 */
public class EraTransactionProcessor implements ItemProcessor<EraWork, EraWork> {
    private final Map<String, String> payerCodesByEraId;

    public EraTransactionProcessor(Map<String, String> payerCodesByEraId) {
        this.payerCodesByEraId = payerCodesByEraId;
    }

    @Override
    public EraWork process(EraWork work) {
        if (!(work instanceof EraWork.TransactionRead read)) {
            return work;
        }
        EraTransaction t = read.transaction();
        if (t.problem() != null) {
            return new EraWork.TransactionDecided(read.file(), t, null, t.payerIdText(), ReasonCode.ERA_SYNTAX, t.problem());
        }
        Optional<EraBalancing.Failure> failure = EraBalancing.check(t);
        if (failure.isPresent()) {
            return new EraWork.TransactionDecided(read.file(), t, null, t.payerIdText(), failure.get().reason(), failure.get().message());
        }
        String eraPayerId = t.trnPayerId() != null && payerCodesByEraId.containsKey(t.trnPayerId()) ? t.trnPayerId()
                : t.n1PayerId() != null && payerCodesByEraId.containsKey(t.n1PayerId()) ? t.n1PayerId() : null;
        if (eraPayerId == null) {
            return new EraWork.TransactionDecided(read.file(), t, null, t.payerIdText(), ReasonCode.ERA_UNKNOWN_PAYER, "payer id TRN03 '"
                    + nullToEmpty(t.trnPayerId()) + "' / N1*PR N104 '" + nullToEmpty(t.n1PayerId())
                    + "' is the era_payer_id of no payer; add it to payers.csv and import the quarantined file again");
        }
        return new EraWork.TransactionDecided(read.file(), t, payerCodesByEraId.get(eraPayerId), eraPayerId, null, null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : EraFileHead.visible(s);
    }
}
