package com.aobsettlement.settlement;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.SettlementResult;
import com.aobsettlement.store.ExceptionStore.ExceptionRow;

/** What the processor made of one claim: a result, or an exception row and the claim left pending. */
public record SettlementOutcome(Claim claim, SettlementResult result, ExceptionRow exception) {
}
