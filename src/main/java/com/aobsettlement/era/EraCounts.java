package com.aobsettlement.era;

import com.aobsettlement.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What an ERA import did, kept in the step's execution context at each commit (so that a restarted
 * import goes on counting) and printed as its summary.
 */
public final class EraCounts {
    private static final String PREFIX = "era.";
    long filesRead;
    long filesSkipped;
    long filesQuarantined;
    long interchangesQuarantined;
    long transactionsPosted;
    long transactionsAlreadyDone;
    long claimsPaid;
    long claimsUnmatched;
    long claimsDuplicate;
    long claimsForwarded;
    long claimsPredetermination;
    long datesFromProduction;
    BigDecimal amountPosted = Money.ZERO;
    BigDecimal amountUnmatched = Money.ZERO;
    final Map<String, Long> quarantinedByReason = new TreeMap<>();
    final List<String> notes = new ArrayList<>();

    public long filesRead() {
        return filesRead;
    }

    public long filesSkipped() {
        return filesSkipped;
    }

    public long filesQuarantined() {
        return filesQuarantined;
    }

    /** Interchanges quarantined whole in files whose other interchanges were read. */
    public long interchangesQuarantined() {
        return interchangesQuarantined;
    }

    public long transactionsPosted() {
        return transactionsPosted;
    }

    public long transactionsAlreadyDone() {
        return transactionsAlreadyDone;
    }

    public long claimsPaid() {
        return claimsPaid;
    }

    public long claimsUnmatched() {
        return claimsUnmatched;
    }

    public long claimsDuplicate() {
        return claimsDuplicate;
    }

    public long claimsForwarded() {
        return claimsForwarded;
    }

    public long claimsPredetermination() {
        return claimsPredetermination;
    }

    public long datesFromProduction() {
        return datesFromProduction;
    }

    public BigDecimal amountPosted() {
        return amountPosted;
    }

    public BigDecimal amountUnmatched() {
        return amountUnmatched;
    }

    /** Transactions quarantined, by reason code (whole files are counted in {@link #filesQuarantined()}). */
    public Map<String, Long> quarantinedByReason() {
        return quarantinedByReason;
    }

    /** One line per file skipped or quarantined whole, for the summary. */
    public List<String> notes() {
        return notes;
    }

    void quarantined(String reason) {
        quarantinedByReason.merge(reason, 1L, Long::sum);
    }

    public void saveTo(ExecutionContext c) {
        c.putLong(PREFIX + "filesRead", filesRead);
        c.putLong(PREFIX + "filesSkipped", filesSkipped);
        c.putLong(PREFIX + "filesQuarantined", filesQuarantined);
        c.putLong(PREFIX + "interchangesQuarantined", interchangesQuarantined);
        c.putLong(PREFIX + "transactionsPosted", transactionsPosted);
        c.putLong(PREFIX + "transactionsAlreadyDone", transactionsAlreadyDone);
        c.putLong(PREFIX + "claimsPaid", claimsPaid);
        c.putLong(PREFIX + "claimsUnmatched", claimsUnmatched);
        c.putLong(PREFIX + "claimsDuplicate", claimsDuplicate);
        c.putLong(PREFIX + "claimsForwarded", claimsForwarded);
        c.putLong(PREFIX + "claimsPredetermination", claimsPredetermination);
        c.putLong(PREFIX + "datesFromProduction", datesFromProduction);
        c.putString(PREFIX + "amountPosted", amountPosted.toPlainString());
        c.putString(PREFIX + "amountUnmatched", amountUnmatched.toPlainString());
        quarantinedByReason.forEach((reason, n) -> c.putLong(PREFIX + "reason." + reason, n));
        c.putString(PREFIX + "notes", String.join("\n", notes));
    }

    public static EraCounts from(ExecutionContext c) {
        EraCounts k = new EraCounts();
        k.filesRead = c.getLong(PREFIX + "filesRead", 0);
        k.filesSkipped = c.getLong(PREFIX + "filesSkipped", 0);
        k.filesQuarantined = c.getLong(PREFIX + "filesQuarantined", 0);
        k.interchangesQuarantined = c.getLong(PREFIX + "interchangesQuarantined", 0);
        k.transactionsPosted = c.getLong(PREFIX + "transactionsPosted", 0);
        k.transactionsAlreadyDone = c.getLong(PREFIX + "transactionsAlreadyDone", 0);
        k.claimsPaid = c.getLong(PREFIX + "claimsPaid", 0);
        k.claimsUnmatched = c.getLong(PREFIX + "claimsUnmatched", 0);
        k.claimsDuplicate = c.getLong(PREFIX + "claimsDuplicate", 0);
        k.claimsForwarded = c.getLong(PREFIX + "claimsForwarded", 0);
        k.claimsPredetermination = c.getLong(PREFIX + "claimsPredetermination", 0);
        k.datesFromProduction = c.getLong(PREFIX + "datesFromProduction", 0);
        k.amountPosted = new BigDecimal(c.getString(PREFIX + "amountPosted", "0.00"));
        k.amountUnmatched = new BigDecimal(c.getString(PREFIX + "amountUnmatched", "0.00"));
        for (Map.Entry<String, Object> e : c.entrySet()) {
            if (e.getKey().startsWith(PREFIX + "reason.")) {
                k.quarantinedByReason.put(e.getKey().substring((PREFIX + "reason.").length()), ((Number) e.getValue()).longValue());
            }
        }
        String notes = c.getString(PREFIX + "notes", "");
        if (!notes.isEmpty()) {
            k.notes.addAll(List.of(notes.split("\n")));
        }
        return k;
    }
}
