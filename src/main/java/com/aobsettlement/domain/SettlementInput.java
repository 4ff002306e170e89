package com.aobsettlement.domain;

import java.util.List;

/**
 * Everything the calculator needs for one claim, read in advance so that it never queries:
 * {@code remittances} are all of the claim's remittances (the calculator keeps those paid by the
 * business date), {@code previous} its latest settlement or null, {@code disputes} all its disputes.
 */
public record SettlementInput(Claim claim, Provider provider, PayerRule rule, List<Remittance> remittances,
                              Settlement previous, List<Dispute> disputes) {
}
