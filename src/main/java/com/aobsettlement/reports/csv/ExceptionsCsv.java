package com.aobsettlement.reports.csv;

import com.aobsettlement.store.ExceptionStore.ReportedException;
import java.util.Comparator;
import java.util.function.Function;

/**
 * exceptions.csv (DOMAIN.md §10): every exception recorded since the previous settlement run, imports
 * included, and by this run; in {@link #ORDER}.
 */
public enum ExceptionsCsv implements CsvColumn<ReportedException> {
    SOURCE(ReportedException::source),
    RECORD_REF(ReportedException::recordRef),
    REASON_CODE(ReportedException::reasonCode),
    MESSAGE(ReportedException::message);

    public static final String FILE = "exceptions.csv";

    /** Orders "file.csv:9" before "file.csv:10". */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    /** The rows' order: by source, record_ref (line and segment numbers as numbers), reason code, message. */
    public static final Comparator<ReportedException> ORDER = Comparator.comparing(ReportedException::source)
            .thenComparing(ReportedException::recordRef, NATURAL).thenComparing(ReportedException::reasonCode)
            .thenComparing(ReportedException::message);

    private final Function<ReportedException, String> text;

    ExceptionsCsv(Function<ReportedException, String> text) {
        this.text = text;
    }

    @Override
    public String text(ReportedException row) {
        return text.apply(row);
    }
}
