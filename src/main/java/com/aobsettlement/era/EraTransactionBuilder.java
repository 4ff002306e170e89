package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraAdjustment;
import com.aobsettlement.domain.EraProviderAdjustment;
import com.aobsettlement.domain.EraServiceLine;
import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.InputRules;
import com.aobsettlement.domain.Money;
import com.aobsettlement.imports.RemittanceValidator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The 835 loop logic (StAEDI ships no 835 schema): fed the segments of one ST..SE in order, it
 * builds the header (BPR, TRN, DTM*405, N1*PR), the 2100 claim loops (CLP with CAS, AMT*I and the
 * 2110 SVC loops with their DTM and CAS) and the PLB adjustments. Segments about people (NM1, N3,
 * N4, PER, REF...) are read past without keeping anything. The first problem found makes the
 * transaction a syntax quarantine, a value outside the rules for every input among them
 * ({@link InputRules}, DOMAIN.md §3: CLP01, CLP07, TRN02, TRN03 and the dates kept).
 */
final class EraTransactionBuilder {
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The segments of an 835 (005010X221A1) between ST and SE, in every loop. */
    private static final java.util.Set<String> SEGMENTS = java.util.Set.of("BPR", "TRN", "CUR", "REF", "DTM", "N1", "N3",
            "N4", "PER", "RDM", "LX", "TS3", "TS2", "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB");
    /** The required segments that follow ST, in their order. */
    private static final List<String> HEADER = List.of("BPR", "TRN");

    private final EraEnvelope envelope;
    private int segments;
    private final InputRules rules;
    private final List<EraClaim> claims = new ArrayList<>();
    private final List<EraProviderAdjustment> plbs = new ArrayList<>();
    private BigDecimal payment;
    private LocalDate bprDate;
    private String bprDateText = "";
    private LocalDate productionDate;
    private String trace;
    private String trnPayerId;
    private String n1PayerId;
    private String problem;

    private ClaimDraft claim;
    private LineDraft line;

    EraTransactionBuilder(EraEnvelope envelope, InputRules rules) {
        this.envelope = envelope;
        this.rules = rules;
    }

    /** A syntax problem found outside the builder (StAEDI's validation); the first one found stays. */
    void problem(String message) {
        if (problem == null) {
            problem = message;
        }
    }

    void accept(EraSegment s) {
        if (problem != null) {
            return;
        }
        segments++;
        try {
            if (!SEGMENTS.contains(s.tag())) {
                throw new EraSyntaxException(s.where() + ": " + EraFileHead.visible(s.tag()) + " is not a segment of an 835 ("
                        + EraVersion.SUPPORTED + ")");
            }
            if (segments <= 2 && !s.tag().equals(HEADER.get(segments - 1))) {
                throw new EraSyntaxException(s.where() + ": " + HEADER.get(segments - 1) + " expected"
                        + (segments == 1 ? " after ST" : " after BPR") + ", found " + s.tag());
            }
            switch (s.tag()) {
                case "BPR" -> {
                    payment = amount(s, 2, "BPR02", true);
                    bprDateText = s.element(16);
                    bprDate = date(s, 16, "BPR16");
                }
                case "TRN" -> {
                    if (trace == null) {
                        trace = code(s, 2, "TRN02", 80);
                        trnPayerId = s.has(3) ? code(s, 3, "TRN03", 80) : "";
                    }
                }
                case "DTM" -> dtm(s);
                case "N1" -> {
                    if ("PR".equals(s.element(1)) && claim == null) {
                        n1PayerId = s.element(4);
                    }
                }
                case "CLP" -> clp(s);
                case "CAS" -> cas(s);
                case "AMT" -> {
                    if (claim != null && line == null && "I".equals(s.element(1))) {
                        claim.interest = amount(s, 2, "AMT02", true);
                    }
                }
                case "SVC" -> svc(s);
                case "PLB" -> plb(s);
                default -> {
                    // NM1 (patient, insured, provider names and ids), REF, MIA, MOA, LQ, QTY, TS3... are not kept.
                }
            }
        } catch (EraSyntaxException e) {
            problem = e.getMessage();
        }
    }

    private void dtm(EraSegment s) {
        if (claim == null) {
            if ("405".equals(s.element(1))) {
                productionDate = date(s, 2, "DTM02");
            }
        } else if (line != null) {
            switch (s.element(1)) {
                case "472" -> {
                    line.from = date(s, 2, "DTM02");
                    line.to = line.from;
                }
                case "150" -> line.from = date(s, 2, "DTM02");
                case "151" -> line.to = date(s, 2, "DTM02");
                default -> {
                }
            }
        }
    }

    private void clp(EraSegment s) {
        finishClaim();
        ClaimDraft draft = new ClaimDraft();
        draft.index = claims.size() + 1;
        draft.segment = s.position();
        draft.number = code(s, 1, "CLP01", 50);
        draft.status = required(s, 2, "CLP02", 4);
        if (!RemittanceValidator.STATUS_CODES.contains(draft.status) && !EraClaimPayments.NO_PAYMENT.containsKey(draft.status)) {
            throw new EraSyntaxException(s.where() + ": CLP02 '" + EraFileHead.visible(draft.status)
                    + "' is not a claim status of 005010X221A1 (1, 2, 3, 4, 19, 20, 21, 22, 23, 25)");
        }
        draft.charge = amount(s, 3, "CLP03", true);
        draft.paid = amount(s, 4, "CLP04", true);
        BigDecimal pr = amount(s, 5, "CLP05", false);
        draft.patientResponsibility = pr == null ? Money.ZERO : pr;
        draft.payerClaimControl = s.has(7) ? code(s, 7, "CLP07", 80) : "";
        claim = draft;
    }

    private void cas(EraSegment s) {
        if (claim == null) {
            throw new EraSyntaxException(s.where() + ": CAS outside a claim");
        }
        String group = required(s, 1, "CAS01", 2);
        List<EraAdjustment> into = line != null ? line.adjustments : claim.adjustments;
        for (int k = 0; k < 6; k++) {
            int r = 2 + 3 * k;
            if (!s.has(r) && !s.has(r + 1)) {
                continue;
            }
            String reason = required(s, r, name("CAS", r), 5);
            BigDecimal amount = amount(s, r + 1, name("CAS", r + 1), true);
            BigDecimal quantity = s.has(r + 2) ? decimal(s, r + 2, name("CAS", r + 2)) : null;
            into.add(new EraAdjustment(group, reason, amount, quantity));
        }
    }

    /** An element's name for a message, e.g. CAS05 (built for every CAS of every claim: no String.format). */
    private static String name(String tag, int position) {
        return position < 10 ? tag + "0" + position : tag + position;
    }

    private void svc(EraSegment s) {
        if (claim == null) {
            throw new EraSyntaxException(s.where() + ": SVC outside a claim");
        }
        finishLine();
        LineDraft draft = new LineDraft();
        draft.index = claim.lines.size() + 1;
        draft.procedure = s.element(1);
        draft.charge = amount(s, 2, "SVC02", true);
        draft.paid = amount(s, 3, "SVC03", true);
        draft.units = s.has(5) ? decimal(s, 5, "SVC05") : null;
        line = draft;
    }

    private void plb(EraSegment s) {
        finishClaim();
        String provider = required(s, 1, "PLB01", 50);
        LocalDate period = date(s, 2, "PLB02");
        for (int k = 0; k < 6; k++) {
            int r = 3 + 2 * k;
            if (!s.has(r) && !s.has(r + 1)) {
                continue;
            }
            String reason = s.component(r, 1);
            if (reason.isEmpty()) {
                throw new EraSyntaxException(s.where() + ": " + name("PLB", r) + " has no reason code");
            }
            plbs.add(new EraProviderAdjustment(provider, period, reason, s.component(r, 2),
                    amount(s, r + 1, name("PLB", r + 1), true)));
        }
    }

    /** The transaction up to byte {@code end}; {@code structureProblem} (its SE01, SE02, a missing SE) or null. */
    EraTransaction build(long end, String structureProblem) {
        if (problem == null) {
            finishClaim();
        }
        String p = problem != null ? problem : structureProblem;
        if (p == null && payment == null) {
            p = "no BPR segment (payment) in the transaction";
        }
        if (p == null && trace == null) {
            p = "no TRN segment (trace number) in the transaction";
        }
        LocalDate paidOn = bprDate;
        boolean fromProduction = false;
        if (p == null && paidOn == null) {
            if (productionDate == null) {
                p = "BPR16 '" + EraFileHead.visible(bprDateText) + "' is not a date and there is no DTM*405: no payment date";
            } else {
                paidOn = productionDate;
                fromProduction = true;
            }
        }
        EraEnvelope e = envelope;
        EraEnvelope whole = new EraEnvelope(e.fileName(), e.sha256(), e.ordinal(), e.isa13(), e.gs06(), e.st02(),
                e.headerStart(), e.headerEnd(), e.start(), end, e.firstSegment());
        return new EraTransaction(whole, payment, paidOn, fromProduction, trace, trnPayerId, n1PayerId, List.copyOf(claims),
                List.copyOf(plbs), p);
    }

    private void finishLine() {
        if (line != null) {
            claim.lines.add(new EraServiceLine(line.index, line.procedure, line.charge, line.paid, line.units, line.from,
                    line.to, List.copyOf(line.adjustments)));
            line = null;
        }
    }

    private void finishClaim() {
        if (claim != null) {
            finishLine();
            claims.add(new EraClaim(claim.index, claim.segment, claim.number, claim.status, claim.charge, claim.paid,
                    claim.patientResponsibility, claim.payerClaimControl.isEmpty() ? null : claim.payerClaimControl,
                    claim.interest, List.copyOf(claim.adjustments), List.copyOf(claim.lines)));
            claim = null;
        }
    }

    /** A required element of at most {@code max} characters (the width of its column). */
    private static String required(EraSegment s, int i, String name, int max) {
        String value = s.element(i);
        if (value.isEmpty()) {
            throw new EraSyntaxException(s.where() + ": " + name + " is missing");
        }
        if (value.length() > max) {
            throw new EraSyntaxException(s.where() + ": " + name + " is longer than " + max + " characters");
        }
        return value;
    }

    /**
     * A code or reference (CLP01, CLP07, TRN02, TRN03) of at most {@code max} characters, held to
     * {@link InputRules#codeProblem}. The file is read as ISO-8859-1 (byte offsets): a value with bytes above
     * ASCII is also judged as the UTF-8 it most likely is, so that a U+FEFF or U+202E is named as itself.
     */
    private static String code(EraSegment s, int i, String name, int max) {
        String value = required(s, i, name, max);
        String why = InputRules.codeProblem(asUtf8(value));
        if (why == null) {
            why = InputRules.codeProblem(value);
        }
        if (why != null) {
            throw new EraSyntaxException(s.where() + ": " + name + " " + why);
        }
        return value;
    }

    private static String asUtf8(String latin1) {
        for (int k = 0; k < latin1.length(); k++) {
            if (latin1.charAt(k) >= 0x80) {
                return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return latin1;
    }

    /**
     * A CCYYMMDD date element, or null when it is not a date (BPR16 then gives way to DTM*405); a date
     * outside 1990-01-01 … one year after today is a bad field (DOMAIN.md §3), never stored.
     */
    private LocalDate date(EraSegment s, int i, String name) {
        LocalDate date = date(s.element(i));
        String why = date == null ? null : rules.dateProblem(date);
        if (why != null) {
            throw new EraSyntaxException(s.where() + ": " + name + " is " + date + ", " + why);
        }
        return date;
    }

    private static BigDecimal amount(EraSegment s, int i, String name, boolean required) {
        if (!s.has(i)) {
            if (required) {
                throw new EraSyntaxException(s.where() + ": " + name + " (an amount) is missing");
            }
            return null;
        }
        return Money.round(decimal(s, i, name));
    }

    private static BigDecimal decimal(EraSegment s, int i, String name) {
        String text = s.element(i).trim();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new EraSyntaxException(s.where() + ": " + name + " '" + EraFileHead.visible(text) + "' is not a number");
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 8 ? LocalDate.parse(text, CCYYMMDD) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static final class ClaimDraft {
        int index;
        int segment;
        String number;
        String status;
        BigDecimal charge;
        BigDecimal paid;
        BigDecimal patientResponsibility;
        String payerClaimControl;
        BigDecimal interest = Money.ZERO;
        final List<EraAdjustment> adjustments = new ArrayList<>();
        final List<EraServiceLine> lines = new ArrayList<>();
    }

    private static final class LineDraft {
        int index;
        String procedure;
        BigDecimal charge;
        BigDecimal paid;
        BigDecimal units;
        LocalDate from;
        LocalDate to;
        final List<EraAdjustment> adjustments = new ArrayList<>();
    }
}
