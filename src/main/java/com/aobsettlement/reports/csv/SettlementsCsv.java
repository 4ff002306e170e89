package com.aobsettlement.reports.csv;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Settlement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * settlements.csv (DOMAIN.md §10): the day's settlements, one row each, by claim number. The constants are its
 * columns in file order; a constant's name in lower case is its header and also the settlements table's column
 * the database gives it from.
 *
 * <p>A row is rendered from a {@link Settlement} ({@link #render}) as the settle step appends it to its part, or
 * taken as the table's text of these columns when the report reads the day from the database
 * ({@code SettlementStore.textRowsForDate}). Both give the same bytes because each value is rendered as its
 * column's text reads back: an amount as a DECIMAL(13,2) ("1234.50", "-0.07"), a date as a DATE
 * ("2026-11-26"), the status by its name, the claim number as it is (quoted where CSV needs it).
 */
public enum SettlementsCsv {
    CLAIM_NUMBER(text(Settlement::claimNumber)),
    BUSINESS_DATE(date(Settlement::businessDate)),
    STATUS(name(Settlement::status)),
    BILLED(money(Settlement::billed)),
    ALLOWED(money(Settlement::allowed)),
    PATIENT_RESPONSIBILITY(money(Settlement::patientResponsibility)),
    PAYER_EXPECTED(money(Settlement::payerExpected)),
    PAYER_PAID(money(Settlement::payerPaid)),
    UNDERPAID(money(Settlement::underpaid)),
    INTEREST_DUE(money(Settlement::interestDue)),
    REFUND_RESERVE(money(Settlement::refundReserve)),
    COLLECTED(money(Settlement::collected)),
    FEE(money(Settlement::fee)),
    NET_TO_PROVIDER(money(Settlement::netToProvider));

    public static final String FILE = "settlements.csv";
    private static final SettlementsCsv[] COLUMNS = values();
    private static final List<String> HEADER = CsvColumn.header(COLUMNS);
    private static final EnumBytes<ClaimStatus> STATUSES = new EnumBytes<>(ClaimStatus.class);

    /** Renders a column's field of a settlement. */
    private interface Field {
        void render(Settlement settlement, RowBytes out);
    }

    private final Field field;

    SettlementsCsv(Field field) {
        this.field = field;
    }

    private static Field text(Function<Settlement, String> value) {
        return (s, out) -> text(value.apply(s), out);
    }

    private static Field date(Function<Settlement, LocalDate> value) {
        return (s, out) -> out.date(value.apply(s));
    }

    private static Field name(Function<Settlement, Enum<?>> value) {
        return (s, out) -> out.ascii(value.apply(s).name());
    }

    private static Field money(Function<Settlement, BigDecimal> value) {
        return (s, out) -> out.money(value.apply(s));
    }

    /** The header; also the settlements table's columns a row is read from. */
    public static List<String> header() {
        return HEADER;
    }

    /** Renders a settlement's row into {@code out}, without its line end. */
    public static void render(Settlement settlement, RowBytes out) {
        for (SettlementsCsv column : COLUMNS) {
            if (column != CLAIM_NUMBER) {
                out.put((byte) ',');
            }
            column.field.render(settlement, out);
        }
    }

    private static void text(String text, RowBytes out) {
        if (!text.isEmpty() && FormulaGuard.risky(text.charAt(0))) {
            out.put(CsvFileWriter.escape(text).getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == ',' || c == '"' || c == '\n' || c == '\r') {
                out.put(CsvFileWriter.escape(text).getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        out.ascii(text);
    }

    /** The status named by bytes {@code from} to {@code to} of a rendered row, or null if they name none. */
    public static ClaimStatus status(byte[] row, int from, int to) {
        return STATUSES.find(row, from, to);
    }

    /** The status of a row read from the database (the fields of {@link #header()}, in UTF-8). */
    public static ClaimStatus status(byte[][] fields) {
        return STATUSES.of(fields[STATUS.ordinal()], "status");
    }
}
