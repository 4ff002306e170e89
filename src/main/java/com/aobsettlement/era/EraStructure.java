package com.aobsettlement.era;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * X12's control structure, checked segment by segment (DOMAIN.md §5.1): an interchange (ISA..IEA)
 * holds functional groups (GS..GE), a group holds transaction sets (ST..SE). SE01 counts the
 * segments of its set, ST and SE included, and SE02 repeats ST02; GE01 counts the sets of its group
 * and GE02 repeats GS06; IEA01 counts the groups and IEA02 repeats ISA13.
 *
 * <p>Two levels, as X12's own acknowledgements have them: a problem of one transaction set (a wrong
 * SE01 or SE02, an SE missing) is that set's alone, as a 999 rejects one set, and
 * {@link #transactionProblem()} holds it; any other is an envelope problem ({@link #envelopeProblems()}),
 * which rejects the interchange, as a TA1 does. Each message names the segment and its position,
 * what was declared and what was found. Counts are kept here rather than taken from StAEDI's
 * validation, whose events name neither the declared nor the actual count.
 */
final class EraStructure {
    /** The segments that open or close an envelope level. */
    static final Set<String> ENVELOPE = Set.of("ISA", "GS", "ST", "SE", "GE", "IEA");
    private static final int LISTED = 3;

    private enum Level { OUTSIDE, INTERCHANGE, GROUP, TRANSACTION }

    private Level level = Level.OUTSIDE;
    private String isa13 = "";
    private int isaPosition;
    private int groups;
    private String gs06 = "";
    private int gsPosition;
    private int sets;
    private String st02 = "";
    private int stPosition;
    private int segments;
    private String transactionProblem;
    private final List<String> envelopeProblems = new ArrayList<>();
    /** The interchanges (1-based, in file order) with an envelope problem, each with its first few problems. */
    private final Map<Integer, List<String>> byInterchange = new TreeMap<>();
    private int interchanges;

    /** Whether {@code s} comes while a transaction set is open and would close it without its SE. */
    boolean closesWithoutSe(EraSegment s) {
        return level == Level.TRANSACTION && !"SE".equals(s.tag()) && ENVELOPE.contains(s.tag());
    }

    /**
     * Closes the open transaction set, whose SE is missing ({@code s} came first), and returns its
     * problem. Call it before {@link #accept} when {@link #closesWithoutSe} holds.
     */
    String closeWithoutSe(EraSegment s) {
        level = Level.GROUP;
        String missing = s.where() + ": SE expected to close ST02 '" + visible(st02) + "' (segment " + stPosition + "), found "
                + s.tag();
        return transactionProblem != null ? transactionProblem : missing;
    }

    /** Takes the next segment. */
    void accept(EraSegment s) {
        if (closesWithoutSe(s)) {
            closeWithoutSe(s);
        }
        switch (s.tag()) {
            case "ISA" -> {
                if (level != Level.OUTSIDE) {
                    envelope(s, "IEA expected to close ISA13 '" + visible(isa13) + "' (segment " + isaPosition + "), found ISA");
                }
                level = Level.INTERCHANGE;
                interchanges++;
                isa13 = s.element(13);
                isaPosition = s.position();
                groups = 0;
            }
            case "GS" -> {
                if (level == Level.GROUP) {
                    envelope(s, "GE expected to close GS06 '" + visible(gs06) + "' (segment " + gsPosition + "), found GS");
                } else if (level != Level.INTERCHANGE) {
                    envelope(s, "GS outside an interchange (no ISA before it)");
                }
                level = Level.GROUP;
                gs06 = s.element(6);
                gsPosition = s.position();
                groups++;
                sets = 0;
            }
            case "ST" -> {
                if (level != Level.GROUP) {
                    envelope(s, "ST outside a functional group (no GS before it)");
                }
                level = Level.TRANSACTION;
                st02 = s.element(2);
                stPosition = s.position();
                segments = 1;
                sets++;
                transactionProblem = null;
            }
            case "SE" -> {
                if (level != Level.TRANSACTION) {
                    envelope(s, "SE without an ST before it");
                    return;
                }
                segments++;
                level = Level.GROUP;
                String se01 = s.element(1);
                if (!sameCount(se01, segments)) {
                    transaction(s, "SE01 says " + count(se01, "segments") + ", the transaction set has " + segments
                            + " (ST at segment " + stPosition + ")");
                }
                if (!s.element(2).equals(st02)) {
                    transaction(s, "SE02 is '" + visible(s.element(2)) + "', but ST02 is '" + visible(st02) + "'");
                }
            }
            case "GE" -> {
                if (level != Level.GROUP) {
                    envelope(s, "GE without a GS before it");
                    return;
                }
                level = Level.INTERCHANGE;
                if (!sameCount(s.element(1), sets)) {
                    envelope(s, "GE01 says " + count(s.element(1), "transaction sets") + ", the group (GS06 '" + visible(gs06)
                            + "') has " + sets);
                }
                if (!s.element(2).equals(gs06)) {
                    envelope(s, "GE02 is '" + visible(s.element(2)) + "', but GS06 is '" + visible(gs06) + "'");
                }
            }
            case "IEA" -> {
                if (level == Level.GROUP) {
                    envelope(s, "GE expected to close GS06 '" + visible(gs06) + "' (segment " + gsPosition + "), found IEA");
                } else if (level != Level.INTERCHANGE) {
                    envelope(s, "IEA without an ISA before it");
                    return;
                }
                level = Level.OUTSIDE;
                if (!sameCount(s.element(1), groups)) {
                    envelope(s, "IEA01 says " + count(s.element(1), "functional groups") + ", the interchange (ISA13 '"
                            + visible(isa13) + "') has " + groups);
                }
                if (!s.element(2).equals(isa13)) {
                    envelope(s, "IEA02 is '" + visible(s.element(2)) + "', but ISA13 is '" + visible(isa13) + "'");
                }
            }
            default -> {
                if (level == Level.TRANSACTION) {
                    segments++;
                } else {
                    envelope(s, "segment outside a transaction set (ST..SE)");
                }
            }
        }
    }

    /** At the end of the file: an interchange left open is a cut-short file. */
    void end(int lastPosition) {
        if (level != Level.OUTSIDE) {
            String open = switch (level) {
                case TRANSACTION -> "SE (ST02 '" + visible(st02) + "' at segment " + stPosition + "), GE and IEA";
                case GROUP -> "GE (GS06 '" + visible(gs06) + "' at segment " + gsPosition + ") and IEA";
                default -> "IEA (ISA13 '" + visible(isa13) + "' at segment " + isaPosition + ")";
            };
            envelopeProblem("the file ends after segment " + lastPosition + ": " + open + " expected; the file is cut short");
        }
    }

    /** A problem of the current interchange's envelope found elsewhere (StAEDI: a bad date in ISA09; the version). */
    void envelopeProblem(String message) {
        if (envelopeProblems.size() < LISTED) {
            envelopeProblems.add(message);
        }
        List<String> mine = byInterchange.computeIfAbsent(Math.max(1, interchanges), k -> new ArrayList<>());
        if (mine.size() < LISTED) {
            mine.add(message);
        }
    }

    /** How many interchanges (ISA) were read. */
    int interchanges() {
        return interchanges;
    }

    /** The problems of each interchange that has any, by its place in the file (1-based). */
    Map<Integer, List<String>> envelopeProblemsByInterchange() {
        return byInterchange;
    }

    /** The problem of the transaction set open or just closed by SE, or null. */
    String transactionProblem() {
        return transactionProblem;
    }

    List<String> envelopeProblems() {
        return envelopeProblems;
    }

    private void transaction(EraSegment s, String message) {
        if (transactionProblem == null) {
            transactionProblem = s.where() + ": " + message;
        }
    }

    private void envelope(EraSegment s, String message) {
        envelopeProblem(s.where() + ": " + message);
    }

    private static boolean sameCount(String declared, int actual) {
        return declared.matches("\\d{1,9}") && Integer.parseInt(declared) == actual;
    }

    private static String count(String declared, String what) {
        return declared.matches("\\d{1,9}") ? Integer.parseInt(declared) + " " + what : "'" + visible(declared) + "' (not a count)";
    }

    private static String visible(String text) {
        return EraFileHead.visible(text);
    }
}
