package com.aobsettlement.settlement;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.ClaimLine;
import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.Provider;
import com.aobsettlement.domain.Remittance;
import com.aobsettlement.domain.Settlement;
import com.aobsettlement.store.ClaimStore;
import com.aobsettlement.store.DisputeStore;
import com.aobsettlement.store.RemittanceStore;
import com.aobsettlement.store.SettlementStore;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the pending claims (DOMAIN.md §6.1) of a claim-id range by keyset pages of one chunk
 * each, and completes every page with four queries (lines, remittances, latest settlements,
 * disputes), never one per claim. One per partition (step scope), for the range its step execution
 * context names. Restartable: the checkpoint is the id of the last claim handed out, which at
 * commit time is the last claim of the committed chunk.
 */
public class PendingClaimReader extends ItemStreamSupport implements ItemStreamReader<PendingClaim> {
    private static final String LAST_ID = "last.id";

    private final ClaimStore claims;
    private final RemittanceStore remittances;
    private final SettlementStore settlements;
    private final DisputeStore disputes;
    private final Map<String, Provider> providers;
    private final LocalDate businessDate;
    private final int pageSize;
    private final long fromId;
    private final long toId;
    private final Deque<PendingClaim> page = new ArrayDeque<>();
    private long lastFetchedId;
    private long lastReturnedId;
    private boolean exhausted;
    private final LongConsumer pendingFound;

    /**
     * {@code pendingFound} is told, at open, how many claims this reader has left to settle: those of its
     * range after its checkpoint, so that a restart's progress counts only the work still to do.
     */
    public PendingClaimReader(ClaimStore claims, RemittanceStore remittances, SettlementStore settlements,
                              DisputeStore disputes, Map<String, Provider> providers, LocalDate businessDate, int pageSize,
                              long fromId, long toId, LongConsumer pendingFound) {
        this.claims = claims;
        this.remittances = remittances;
        this.settlements = settlements;
        this.disputes = disputes;
        this.providers = providers;
        this.businessDate = businessDate;
        this.pageSize = pageSize;
        this.fromId = fromId;
        this.toId = toId;
        this.pendingFound = pendingFound;
        setName("pendingClaims");
    }

    @Override
    public void open(ExecutionContext context) {
        lastReturnedId = context.getLong(getExecutionContextKey(LAST_ID), fromId - 1);
        lastFetchedId = lastReturnedId;
        page.clear();
        exhausted = false;
        pendingFound.accept(claims.countPending(lastReturnedId, toId, businessDate));
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(getExecutionContextKey(LAST_ID), lastReturnedId);
    }

    @Override
    public PendingClaim read() {
        if (page.isEmpty() && !exhausted) {
            fetch();
        }
        PendingClaim next = page.poll();
        if (next != null) {
            lastReturnedId = next.claim().id();
        }
        return next;
    }

    private void fetch() {
        List<Claim> heads = claims.pendingPage(lastFetchedId, toId, businessDate, pageSize);
        if (heads.size() < pageSize) {
            exhausted = true;
        }
        if (heads.isEmpty()) {
            return;
        }
        List<Long> ids = heads.stream().map(Claim::id).toList();
        Map<Long, List<ClaimLine>> lines = claims.linesFor(ids);
        Map<Long, List<Remittance>> remits = remittances.forClaims(ids);
        Map<Long, Settlement> latest = settlements.latestFor(ids);
        Map<Long, List<Dispute>> claimDisputes = disputes.forClaims(ids);
        for (Claim head : heads) {
            Claim claim = new Claim(head.id(), head.claimNumber(), head.providerNpi(), head.payerCode(), head.network(),
                    head.serviceDate(), head.authorizedAt(), head.submittedAt(), head.status(),
                    lines.getOrDefault(head.id(), List.of()));
            page.add(new PendingClaim(claim, providers.get(claim.providerNpi()), remits.getOrDefault(head.id(), List.of()),
                    latest.get(head.id()), claimDisputes.getOrDefault(head.id(), List.of())));
        }
        lastFetchedId = ids.get(ids.size() - 1);
    }

    @Override
    public void close() {
        page.clear();
    }
}
