package com.aobsettlement.settlement;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.ClaimLine;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.Remittance;
import com.aobsettlement.store.ReferenceStore.StoredDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md §3 for what was stored before the imports held every input to {@link InputRules}: a date
 * before 1990-01-01 (0000-01-01, 1582-10-10 …) is not data. A claim whose settlement would rest on one
 * (one of its remittances, a row of its payer or of its fee schedule, its own service date or AOB
 * instants) is not settled: it stays pending with an INVALID_FIELD exception, as a claim whose payer
 * rule is incomplete does, until the row is corrected. A claim's own dates are also held to "not more
 * than a year after today": its deadlines would leave the calendar a DATE column can hold. (A later
 * remittance, payer row or fee row is harmless: it is never in force, and its claims settle.)
 */
final class StoredDates {
    private final InputRules rules;
    private final Map<String, String> payers = new HashMap<>();
    private final Map<String, String> feeSchedule = new HashMap<>();

    StoredDates(InputRules rules, List<StoredDate> payerRows, List<StoredDate> feeRows) {
        this.rules = rules;
        for (StoredDate row : payerRows) {
            payers.putIfAbsent(row.payerCode(), "payer " + row.payerCode() + " has a row with " + row.column() + " "
                    + row.date() + ", " + before());
        }
        for (StoredDate row : feeRows) {
            feeSchedule.putIfAbsent(key(row.payerCode(), row.procedureCode()), "fee_schedule " + row.payerCode() + " "
                    + row.procedureCode() + " has a row with " + row.column() + " " + row.date() + ", " + before());
        }
    }

    /** What of the claim's inputs is not data, e.g. "remittance 14 has paid_on 1582-10-10, before 1990-01-01"; null when all is. */
    String problem(PendingClaim pending) {
        Claim claim = pending.claim();
        String why = rules.dateProblem(claim.serviceDate());
        if (why != null) {
            return "service_date is " + claim.serviceDate() + ", " + why;
        }
        why = instant("authorized_at", claim.authorizedAt());
        if (why == null) {
            why = instant("submitted_at", claim.submittedAt());
        }
        if (why != null) {
            return why;
        }
        for (Remittance r : pending.remittances()) {
            if (r.paidOn().isBefore(InputRules.EARLIEST)) {
                return "remittance " + r.id() + " has paid_on " + r.paidOn() + ", " + before();
            }
        }
        why = payers.isEmpty() ? null : payers.get(claim.payerCode());
        // per line of every pending claim: no key is built while no fee row holds such a date (the usual case)
        for (int i = 0; why == null && !feeSchedule.isEmpty() && i < claim.lines().size(); i++) {
            ClaimLine line = claim.lines().get(i);
            why = feeSchedule.get(key(claim.payerCode(), line.procedureCode()));
        }
        return why;
    }

    private String instant(String column, Instant instant) {
        String why = instant == null ? null : rules.instantProblem(instant);
        return why == null ? null : column + " is " + instant + ", " + why;
    }

    static boolean isBeforeEarliest(LocalDate date) {
        return date.isBefore(InputRules.EARLIEST);
    }

    private static String before() {
        return "before " + InputRules.EARLIEST;
    }

    private static String key(String payerCode, String procedureCode) {
        return payerCode + '\u0000' + procedureCode;
    }
}
