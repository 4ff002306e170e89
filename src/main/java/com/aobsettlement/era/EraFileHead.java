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
        if (text.length() < ISA_LENGTH) {
            return refused(bom, size, "the ISA segment is cut short (" + text.length() + " of " + ISA_LENGTH + " characters)");
        }
        char element = text.charAt(3);
        char terminator = text.charAt(ISA_LENGTH - 1);
        int i = ISA_LENGTH;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return new EraFileHead(bom, size, null, element, terminator, text.substring(ISA_LENGTH, i));
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
