package com.aobsettlement.domain;

import java.util.List;

/**
 * The outcome for one claim: its new position, the ledger delta from the previous one, the
 * disputes opened or changed, and whether a percentage fee was withheld by federal rule (§7.6).
 */
public record SettlementResult(Settlement settlement, LedgerDelta ledgerDelta, List<Dispute> changedDisputes,
                               boolean feeWithheldByRule) {
}
