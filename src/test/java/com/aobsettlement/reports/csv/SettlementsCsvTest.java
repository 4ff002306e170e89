package com.aobsettlement.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.Settlement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settlements.csv row rendered from a settlement is the row of its values as text, quoted as every report
 * file quotes: the bytes the database fallback writes from the table's text of the same columns.
 */
class SettlementsCsvTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);

    @Test
    void rendersAmountsAsTheDecimalColumnGivesThemBack() {
        BigDecimal z = BigDecimal.ZERO;
        Settlement s = new Settlement(1, "CLM-7", "1000000004", "P1", DATE, ClaimStatus.DISPUTED, new BigDecimal("12.5"),
                new BigDecimal("3"), null, new BigDecimal("-0.015"), new BigDecimal("1234567.125"), z, z, z, z, z, z, z, z,
                null, null, null, null, null);
        assertThat(render(List.of(s))).isEqualTo(
                "CLM-7,2026-11-26,DISPUTED,12.50,3.00,0.00,-0.02,1234567.13,0.00,0.00,0.00,0.00,0.00,0.00\n");
    }

    @Test
    void rendersWhatTheWriterWritesFromText(@TempDir Path dir) throws Exception {
        Random random = new Random(7);
        String[] numbers = {"C0000001", "C,1", "say \"1\"", "Zoë-1", "two\nlines", "€", "a\rb", "plain-ASCII_9"};
        LocalDate[] dates = {DATE, LocalDate.of(999, 1, 2), LocalDate.of(10000, 12, 31), LocalDate.of(2027, 2, 28)};
        List<Settlement> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            rows.add(settlement(numbers[random.nextInt(numbers.length)], dates[random.nextInt(dates.length)],
                    ClaimStatus.values()[random.nextInt(ClaimStatus.values().length)], money(random), money(random),
                    money(random), money(random), money(random)));
        }
        Path file = dir.resolve("strings.csv");
        try (CsvFileWriter out = new CsvFileWriter(file, SettlementsCsv.header())) {
            for (Settlement s : rows) {
                out.row(List.of(s.claimNumber(), s.businessDate().toString(), s.status().name(), Money.format(s.billed()),
                        Money.format(s.allowed()), Money.format(s.patientResponsibility()), Money.format(s.payerExpected()),
                        Money.format(s.payerPaid()), Money.format(s.underpaid()), Money.format(s.interestDue()),
                        Money.format(s.refundReserve()), Money.format(s.collected()), Money.format(s.fee()),
                        Money.format(s.netToProvider())));
            }
            out.commit();
        }
        assertThat(String.join(",", SettlementsCsv.header()) + "\n" + render(rows)).isEqualTo(Files.readString(file));
    }

    @Test
    void findsAStatusByItsBytes() {
        byte[] row = "C1,2026-11-26,AWAITING_PAYMENT,1.00".getBytes(StandardCharsets.US_ASCII);
        assertThat(SettlementsCsv.status(row, 14, 30)).isEqualTo(ClaimStatus.AWAITING_PAYMENT);
        assertThat(SettlementsCsv.status(row, 14, 29)).isNull();
        assertThat(SettlementsCsv.status(row, 3, 13)).isNull();
        byte[][] fields = {"C1".getBytes(StandardCharsets.US_ASCII), null, "SETTLED".getBytes(StandardCharsets.US_ASCII)};
        assertThat(SettlementsCsv.status(fields)).isEqualTo(ClaimStatus.SETTLED);
    }

    private static String render(List<Settlement> rows) {
        RowBytes out = new RowBytes(16);
        for (Settlement s : rows) {
            SettlementsCsv.render(s, out);
            out.endRow();
        }
        return new String(out.bytes(), 0, out.length(), StandardCharsets.UTF_8);
    }

    private static BigDecimal money(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(random.nextLong() % 100_000_000_000_000L, 2);
            case 2 -> BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, 3);
            case 3 -> new BigDecimal(random.nextInt(1000) - 500);
            case 4 -> BigDecimal.ZERO.setScale(2);
            default -> BigDecimal.valueOf(random.nextInt(200_000) - 100_000, 2);
        };
    }

    private static Settlement settlement(String number, LocalDate date, ClaimStatus status, BigDecimal billed,
                                         BigDecimal allowed, BigDecimal patient, BigDecimal expected, BigDecimal paid) {
        return new Settlement(1, number, "1000000004", "P1", date, status, billed, allowed, patient, expected, paid,
                paid, expected, billed, allowed, patient, billed, expected, null, null, null, null, null, null);
    }
}
