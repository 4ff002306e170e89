package com.aobsettlement.era;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the segments of an X12 file through StAEDI, one at a time (memory stays flat whatever the
 * file size). The separators come from the ISA segment, as StAEDI reads them. A UTF-8 byte order
 * mark is skipped (StAEDI fails on it). The file is decoded as ISO-8859-1, so that StAEDI's character
 * offsets are byte offsets (plus the mark), which lets a quarantine copy the original bytes.
 *
 * <p>Validation events (a bad code value in ISA, a bad date in GS) are collected, not thrown: the
 * caller decides; the control structure (counts, control numbers, ST..SE nesting) is {@link EraStructure}'s. Element values are quoted in messages only for segments that carry no patient
 * data (DOMAIN.md §4).
 */
public final class EraSegmentReader implements Closeable {
    /** Segments whose values may appear in a message or a log: envelope, payment and claim amounts. */
    private static final Set<String> QUOTABLE = Set.of("ISA", "IEA", "GS", "GE", "ST", "SE", "BPR", "TRN", "CLP", "CAS",
            "SVC", "PLB", "AMT", "LX");

    private final InputStream in;
    private final EDIStreamReader reader;
    private final int bom;
    /**
     * StAEDI's validation types that {@link EraStructure} checks itself, with messages that give the
     * declared and the actual figures; StAEDI would also go on flagging every segment after a missing SE.
     */
    private static final Set<EDIStreamValidationError> OWN_CHECKS = EnumSet.of(
            EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID, EDIStreamValidationError.UNEXPECTED_SEGMENT,
            EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES,
            EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE, EDIStreamValidationError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET,
            EDIStreamValidationError.SEGMENT_NOT_IN_PROPER_SEQUENCE, EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH,
            EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT);

    /** A validation problem StAEDI reported: the segment's tag and position, and the text for a message. */
    public record Problem(String tag, int position, String text) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private long previousEnd;
    private int lastPosition;

    private EraSegmentReader(InputStream in, int bom) throws EDIStreamException {
        this.in = in;
        this.bom = bom;
        this.previousEnd = bom;
        this.reader = EDIInputFactory.newFactory().createEDIStreamReader(in, "ISO-8859-1");
    }

    /** Opens a file for reading; the caller has checked {@link EraFileHead#of(Path)}. */
    public static EraSegmentReader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        int bom = EraFileHead.of(file).bom();
        in.skipNBytes(bom);
        try {
            return new EraSegmentReader(in, bom);
        } catch (EDIStreamException | RuntimeException e) {
            in.close();
            throw new EraSyntaxException(e.getMessage());
        }
    }

    /** The next segment, or null at the end of the file. */
    public EraSegment next() {
        String tag = null;
        List<List<String>> elements = null;
        int position = 0;
        try {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        position = reader.getLocation().getSegmentPosition();
                    }
                    case START_COMPOSITE -> element(elements, reader.getLocation().getElementPosition());
                    case ELEMENT_DATA -> {
                        Location at = reader.getLocation();
                        if (elements != null && at.getElementOccurrence() <= 1) {
                            List<String> components = element(elements, at.getElementPosition());
                            if (at.getComponentPosition() <= 0) {
                                components.clear();
                                components.add(reader.getText());
                            } else {
                                while (components.size() < at.getComponentPosition() - 1) {
                                    components.add("");
                                }
                                components.add(reader.getText());
                            }
                        }
                    }
                    case END_SEGMENT -> {
                        long end = bom + (long) reader.getLocation().getCharacterOffset();
                        for (List<String> components : elements) {
                            if (components.isEmpty()) {
                                components.add("");
                            }
                        }
                        EraSegment segment = new EraSegment(tag, elements, position, previousEnd, end);
                        previousEnd = end;
                        lastPosition = position;
                        return segment;
                    }
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> problem(event);
                    default -> {
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new EraSyntaxException(describe(e));
        }
    }

    private static List<String> element(List<List<String>> elements, int position) {
        while (elements.size() < position) {
            elements.add(new ArrayList<>());
        }
        return elements.get(position - 1);
    }

    private void problem(EDIStreamEvent event) {
        if (problems.size() >= 5 || OWN_CHECKS.contains(reader.getErrorType())) {
            return;
        }
        Location at = reader.getLocation();
        String tag = at.getSegmentTag();
        StringBuilder sb = new StringBuilder("segment " + at.getSegmentPosition() + " (" + tag + ")");
        if (at.getElementPosition() > 0) {
            sb.append(", element ").append(at.getElementPosition());
        }
        sb.append(": ").append(reader.getErrorType());
        if (event == EDIStreamEvent.ELEMENT_DATA_ERROR && QUOTABLE.contains(tag) && reader.hasText()) {
            sb.append(" '").append(reader.getText()).append('\'');
        }
        problems.add(new Problem(tag, at.getSegmentPosition(), sb.toString()));
    }

    /** StAEDI's "EDIE005 - Unexpected end of stream in segment CLP at position 22, element 2" and kin. */
    private static final Pattern STAEDI = Pattern.compile("(EDIE\\d+) - .*?(in|after) segment (\\w+) at position (\\d+)[^;]*(;.*)?");
    private static final Pattern INPUT = Pattern.compile("input: '(.)'");

    /**
     * StAEDI's message for a file it cannot read on, said as the segment, what was expected and what was
     * found. Its messages name the segment and element, never their values beyond one character.
     */
    private String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        Matcher m = STAEDI.matcher(message);
        if (m.matches()) {
            String code = m.group(1);
            String tag = m.group(3);
            int position = Integer.parseInt(m.group(4));
            boolean inside = "in".equals(m.group(2));
            if ("EDIE005".equals(code)) {
                return inside ? "segment " + position + " (" + tag + "): the file ends inside this segment; the rest of it and "
                        + "SE, GE, IEA expected: the file is cut short"
                        : "the file ends after segment " + position + " (" + tag + "); SE, GE, IEA expected: the file is cut short";
            }
            if (("EDIE003".equals(code) || "EDIE004".equals(code)) && !inside) {
                Matcher input = INPUT.matcher(m.group(5) == null ? "" : m.group(5));
                String found = input.find() ? " ('" + EraFileHead.visible(input.group(1)) + "')" : "";
                return "segment " + (position + 1) + " (after " + tag + " at segment " + position + "): a segment tag of "
                        + "letters and digits expected, found a character X12 does not allow there" + found
                        + "; the file cannot be read past it";
            }
        }
        return message + " (after segment " + lastPosition + ")";
    }

    /**
     * The validation problems met since the last call (at most five at a time), e.g. "segment 1 (ISA),
     * element 10: INVALID_TIME"; they come with the segment they are about, before the next one is read.
     */
    public List<Problem> drainProblems() {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<Problem> drained = List.copyOf(problems);
        problems.clear();
        return drained;
    }

    public static boolean quotable(String tag) {
        return QUOTABLE.contains(tag);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            in.close();
        }
    }
}
