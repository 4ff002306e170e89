package com.aobsettlement.settlement;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.Provider;
import com.aobsettlement.domain.Remittance;
import com.aobsettlement.domain.Settlement;
import java.util.List;

/** A pending claim with everything read for it; the processor adds the payer rule in force. */
public record PendingClaim(Claim claim, Provider provider, List<Remittance> remittances, Settlement previous,
                           List<Dispute> disputes) {
}
