package com.aobsettlement.era;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the first bytes of a file say: a UTF-8 byte order mark to skip, and the ISA segment's
 * separators (ISA is fixed-width: the element separator is its 4th character, the segment
 * terminator follows ISA16 at character 106), with the line break the file puts after a terminator.
 * Used to refuse what is not an X12 interchange before StAEDI sees it, and to write a quarantine
 * file's closing GE/IEA in the file's own style.
 */
public record EraFileHead(int bom, long size, String problem, char elementSeparator, char segmentTerminator,
                          String lineBreak) {
    private static final int ISA_LENGTH = 106;
    /** The widths of ISA01..ISA15 (ISA16 is one character, then the terminator). */
    private static final int[] ISA_WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1};

    public static EraFileHead of(Path file) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        String text = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
        if (text.isBlank()) {
            return refused(bom, size, size == 0 ? "the file is empty" : "the file holds only blanks");
        }
        if (!text.startsWith("ISA")) {
            String start = text.stripLeading();
            if (start.startsWith("ST") && start.length() > 2 && !Character.isLetterOrDigit(start.charAt(2))) {
                return refused(bom, size, "no ISA/GS envelope (a bare ST..SE): the version cannot be checked; only "
                        + EraVersion.SUPPORTED + " interchanges with ISA/GS are taken");
            }
            return refused(bom, size, "not an X12 interchange: the file does not start with an ISA segment");
        }
        String width = isaWidthProblem(text);
        if (width != null) {
            return refused(bom, size, width);
        }
        char element = text.charAt(3);
        char terminator = text.charAt(ISA_LENGTH - 1);
        int i = ISA_LENGTH;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        String version = versionProblem(text, element, terminator);
        if (version != null) {
            return refused(bom, size, version);
        }
        return new EraFileHead(bom, size, null, element, terminator, text.substring(ISA_LENGTH, i));
    }

    /**
     * ISA is fixed-width, 106 characters with its terminator: StAEDI takes the separators from fixed
     * positions and, on a field one character short or long, fails with a message about "X12 header
     * position 69". Said here instead: the length found and the first element of the wrong width.
     */
    static String isaWidthProblem(String text) {
        if (text.length() < 4) {
            return "segment 1 (ISA): the ISA is not " + ISA_LENGTH + " characters (found " + text.length()
                    + "): the file ends inside it";
        }
        char separator = text.charAt(3);
        int at = 3;
        for (int k = 1; k <= ISA_WIDTHS.length; k++) {
            int next = text.indexOf(separator, at + 1);
            if (next < 0) {
                break;
            }
            int width = next - at - 1;
            if (width != ISA_WIDTHS[k - 1]) {
                return "segment 1 (ISA): the ISA is not " + ISA_LENGTH + " characters" + isaLength(text, separator) + ": ISA"
                        + String.format("%02d", k) + " has " + width + " characters, expected " + ISA_WIDTHS[k - 1];
            }
            at = next;
        }
        if (text.length() < ISA_LENGTH) {
            return "segment 1 (ISA): the ISA is not " + ISA_LENGTH + " characters (found " + text.length()
                    + "): the file ends inside it";
        }
        return null;
    }

    /** " (found N)": the characters up to ISA16 and the terminator after it, when the 16 elements are there. */
    private static String isaLength(String text, char separator) {
        int at = 3;
        for (int k = 1; k < 16; k++) {
            at = text.indexOf(separator, at + 1);
            if (at < 0) {
                return "";
            }
        }
        return at + 3 <= text.length() ? " (found " + (at + 3) + ")" : "";
    }

    /**
     * The version from the head's ISA12 and, when the next segment is GS, its GS08: refused here, before
     * StAEDI, which reads a 4010 interchange by other rules and may fail on it with a message that does
     * not name the version (e.g. "EDIE003 - Invalid processing state after segment ISA").
     */
    private static String versionProblem(String text, char element, char terminator) {
        String isa12 = text.substring(84, 89);
        int start = ISA_LENGTH;
        while (start < text.length() && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf(terminator, start);
        String gs08 = null;
        if (end > 0 && text.startsWith("GS" + element, start)) {
            String[] gs = text.substring(start, end).split(java.util.regex.Pattern.quote(String.valueOf(element)), -1);
            gs08 = gs.length > 8 ? gs[8].strip() : null;
        }
        if (gs08 != null) {
            String p = EraVersion.problem(gs08, isa12);
            return p == null ? null : "segment 2 (GS): " + p;
        }
        return isa12.startsWith("004") ? "segment 1 (ISA): " + EraVersion.problem(null, isa12) : null;
    }

    private static EraFileHead refused(int bom, long size, String problem) {
        return new EraFileHead(bom, size, problem, '*', '~', "");
    }

    public boolean readable() {
        return problem == null;
    }

    /** A closing segment in the file's style, e.g. "GE*1*17~\n". */
    public String segment(String... elements) {
        return String.join(String.valueOf(elementSeparator), elements) + segmentTerminator + lineBreak;
    }

    /** Printable and ASCII, so that the head stays readable as text. */
    static String visible(String text) {
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
