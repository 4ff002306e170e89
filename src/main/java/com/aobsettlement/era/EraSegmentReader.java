package com.aobsettlement.era;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Streams the segments of an X12 file through StAEDI, one at a time (memory stays flat whatever the
 * file size). The separators come from the ISA segment, as StAEDI reads them. A UTF-8 byte order
 * mark is skipped (StAEDI fails on it). The file is decoded as ISO-8859-1, so that StAEDI's character
 * offsets are byte offsets (plus the mark), which lets a quarantine copy the original bytes.
 *
 * <p>Validation events (a bad code value in ISA, a control count) are collected, not thrown: the
 * caller decides. Element values are quoted in messages only for segments that carry no patient
 * data (DOMAIN.md §4).
 */
public final class EraSegmentReader implements Closeable {
    /** Segments whose values may appear in a message or a log: envelope, payment and claim amounts. */
    private static final Set<String> QUOTABLE = Set.of("ISA", "IEA", "GS", "GE", "ST", "SE", "BPR", "TRN", "CLP", "CAS",
            "SVC", "PLB", "AMT", "LX");

    private final InputStream in;
    private final EDIStreamReader reader;
    private final int bom;
    private final List<String> problems = new ArrayList<>();
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
        if (problems.size() >= 5) {
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
        problems.add(sb.toString());
    }

    private String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        // StAEDI's messages name the segment and element, never their values beyond one character.
        return message + " (after segment " + lastPosition + ")";
    }

    /** Validation problems met so far (at most five), e.g. "segment 1 (ISA), element 10: INVALID_TIME". */
    public List<String> problems() {
        return problems;
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
