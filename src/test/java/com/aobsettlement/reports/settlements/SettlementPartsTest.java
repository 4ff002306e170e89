package com.aobsettlement.reports.settlements;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Settlement;
import com.aobsettlement.reports.csv.CsvFileWriter;
import com.aobsettlement.reports.csv.RowBytes;
import com.aobsettlement.reports.csv.SettlementsCsv;
import com.aobsettlement.store.ReportPartStore.PartState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * settlements.csv from the parts the settle step writes: the merge gives every row once, in claim-number
 * order; a reopened part drops what was written after its committed state; what cannot be merged is given
 * up or refused, never merged wrong.
 */
class SettlementPartsTest {
    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String HEADER = String.join(",", SettlementsCsv.header()) + "\n";

    @Test
    void mergesTheRunsOfAllPartsInClaimNumberOrder(@TempDir Path dir) throws Exception {
        Random random = new Random(11);
        List<Settlement> all = new ArrayList<>();
        List<PartState> committed = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            // claim numbers mostly rising through a part, with some chunks starting below the last one
            List<Settlement> rows = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int number = p * 100_000 + i * 10 + random.nextInt(10);
                rows.add(settlement(String.format("C%07d", number), status(random), money(random), money(random),
                        money(random), money(random), money(random)));
            }
            for (int i = 0; i < 4; i++) {
                int from = random.nextInt(rows.size() - 30);
                Collections.swap(rows, from, from + 1 + random.nextInt(29));
            }
            Collections.shuffle(rows.subList(300, 400), random);
            all.addAll(rows);
            try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("partition" + p))) {
                int at = 0;
                while (at < rows.size()) {
                    int size = Math.min(1 + random.nextInt(40), rows.size() - at);
                    part.append(rows.subList(at, at + size));
                    at += size;
                }
                assertThat(part.state().usable()).isTrue();
                assertThat(part.state().rows()).isEqualTo(400);
                assertThat(part.state().runs()).isBetween(2, SettlementParts.MAX_RUNS_PER_PART);
                committed.add(part.state());
            }
        }
        Map<String, Long> statuses = new TreeMap<>();
        Path out = dir.resolve("settlements.csv");
        try (CsvFileWriter writer = new CsvFileWriter(out, SettlementsCsv.header())) {
            assertThat(PartsMerge.merge(dir, committed, 1200, writer, status -> statuses.merge(status.name(), 1L, Long::sum)))
                    .isNull();
            writer.commit();
        }
        assertThat(Files.readString(out)).isEqualTo(expected(all));
        Map<String, Long> expectedStatuses = new TreeMap<>();
        all.forEach(s -> expectedStatuses.merge(s.status().name(), 1L, Long::sum));
        assertThat(statuses).isEqualTo(expectedStatuses);
    }

    @Test
    void aReopenedPartDropsWhatCameAfterItsCommittedState(@TempDir Path dir) throws Exception {
        List<Settlement> kept = numbered(0, 30);
        PartState committed;
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("partition0"))) {
            part.append(kept.subList(0, 10));
            part.append(kept.subList(10, 30));
            committed = part.state();
            // a chunk that never committed, then one that began a second file, then the kill
            part.append(numbered(30, 40));
            part.append(numbered(5, 8).stream().map(s -> renumber(s, "A" + s.claimNumber())).toList());
            assertThat(part.state().runs()).isEqualTo(2);
        }
        assertThat(files(dir)).containsExactly("partition0-1.csv", "partition0-2.csv");

        List<Settlement> resumed = numbered(30, 45);
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, committed)) {
            assertThat(files(dir)).containsExactly("partition0-1.csv");
            assertThat(Files.size(dir.resolve("partition0-1.csv"))).isEqualTo(committed.bytes());
            part.append(resumed);
            committed = part.state();
        }
        Path out = dir.resolve("settlements.csv");
        try (CsvFileWriter writer = new CsvFileWriter(out, SettlementsCsv.header())) {
            assertThat(PartsMerge.merge(dir, List.of(committed), 45, writer, s -> { })).isNull();
            writer.commit();
        }
        List<Settlement> all = new ArrayList<>(kept);
        all.addAll(resumed);
        assertThat(Files.readString(out)).isEqualTo(expected(all));
    }

    @Test
    void givesUpAPartItCouldNotMergeRight(@TempDir Path dir) throws Exception {
        // a claim number that would need CSV quoting, or that bytes would not order as the database does
        for (String number : new String[] {"C,1", "C\"1", "C 1", "Ž1", ""}) {
            try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("odd"))) {
                part.append(numbered(0, 3));
                part.append(List.of(renumber(numbered(3, 4).get(0), number)));
                assertThat(part.state().usable()).as(number).isFalse();
                assertThat(part.append(numbered(4, 6))).isEqualTo(part.state());
            }
            assertThat(files(dir)).as(number).isEmpty();
        }
        // claim numbers falling from chunk to chunk: one run per chunk, up to the limit
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("falling"))) {
            for (int i = SettlementParts.MAX_RUNS_PER_PART; i >= 0; i--) {
                part.append(numbered(i * 2, i * 2 + 2));
                assertThat(part.state().usable()).isEqualTo(i > 0);
            }
        }
        assertThat(files(dir)).isEmpty();
        // a file shorter than its committed state (lost in a machine crash)
        PartState committed;
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("short"))) {
            committed = part.append(numbered(0, 5));
        }
        Files.write(dir.resolve("short-1.csv"), new byte[10]);
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, committed)) {
            assertThat(part.state().usable()).isFalse();
        }
    }

    @Test
    void mergeRefusesPartsThatDoNotAddUp(@TempDir Path dir) {
        PartState a;
        PartState b;
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("a"))) {
            a = part.append(numbered(0, 5));
        }
        try (SettlementParts.Appender part = SettlementParts.Appender.open(dir, PartState.empty("b"))) {
            b = part.append(numbered(5, 9));
        }
        Path out = dir.resolve("settlements.csv");
        try (CsvFileWriter writer = new CsvFileWriter(out, SettlementsCsv.header())) {
            assertThat(PartsMerge.merge(dir, List.of(a, b), 10, writer, s -> { }))
                    .isEqualTo("the parts hold 9 rows, the day has 10 settlements");
            assertThat(PartsMerge.merge(dir, List.of(a, b.givenUp()), 9, writer, s -> { }))
                    .isEqualTo("part b was given up");
            assertThat(PartsMerge.merge(dir, List.of(a, new PartState("b", 2, 10, 4, "C0000008", b.checksum())), 9, writer,
                    s -> { })).isEqualTo("b-2.csv is missing");
            assertThat(PartsMerge.merge(dir, List.of(a, new PartState("b", 1, b.bytes() + 1, 4, "C0000008", b.checksum())), 9,
                    writer, s -> { })).isEqualTo("b-1.csv is shorter than committed");
            // a file holding other rows than committed, of the same length (a power cut lost a restart's writes)
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve("b-1.csv"));
                String text = new String(bytes, StandardCharsets.US_ASCII).replace("C0000006,2026-11-26,SETTLED,6.07",
                        "C0000006,2026-11-26,SETTLED,6.70");
                java.nio.file.Files.writeString(dir.resolve("b-1.csv"), text);
                assertThat(text.length()).isEqualTo(bytes.length).isEqualTo(b.bytes());
                assertThat(PartsMerge.merge(dir, List.of(a, b), 9, writer, s -> { }))
                        .isEqualTo("part b does not hold the rows it committed (checksum)");
                java.nio.file.Files.write(dir.resolve("b-1.csv"), bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            // a file overwritten with something else (say, zeros after a power cut) that keeps its length
            assertThat(PartsMerge.merge(dir, List.of(a, b), 9, writer, s -> { })).isNull();
            try {
                byte[] bytes = java.nio.file.Files.readAllBytes(dir.resolve("b-1.csv"));
                java.util.Arrays.fill(bytes, 0, 20, (byte) 0);
                java.nio.file.Files.write(dir.resolve("b-1.csv"), bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(PartsMerge.merge(dir, List.of(a, b), 9, writer, s -> { }))
                    .isEqualTo("cannot read the parts: b-1.csv holds a claim number that the parts never write");
            // two parts that both hold a claim: the merge would write it twice
            assertThat(PartsMerge.merge(dir, List.of(a, a), 10, writer, s -> { }))
                    .isEqualTo("rows out of claim-number order in a-1.csv");
        }
        assertThat(out).doesNotExist();
    }

    private static String expected(List<Settlement> rows) {
        StringBuilder b = new StringBuilder(HEADER);
        rows.stream().map(SettlementPartsTest::line).sorted().forEach(line -> b.append(line).append('\n'));
        return b.toString();
    }

    private static String line(Settlement s) {
        RowBytes row = new RowBytes(128);
        SettlementsCsv.render(s, row);
        return new String(row.bytes(), 0, row.length(), StandardCharsets.UTF_8);
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("settlements.csv")).sorted()
                    .toList();
        }
    }

    private static List<Settlement> numbered(int from, int to) {
        List<Settlement> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            BigDecimal amount = BigDecimal.valueOf(i * 100 + 7, 2);
            rows.add(settlement(String.format("C%07d", i), ClaimStatus.SETTLED, amount, amount, amount, amount, amount));
        }
        return rows;
    }

    private static Settlement renumber(Settlement s, String claimNumber) {
        return settlement(claimNumber, s.status(), s.billed(), s.allowed(), s.patientResponsibility(), s.payerExpected(),
                s.payerPaid());
    }

    private static ClaimStatus status(Random random) {
        ClaimStatus[] statuses = {ClaimStatus.SETTLED, ClaimStatus.DISPUTED, ClaimStatus.DENIED, ClaimStatus.AWAITING_PAYMENT};
        return statuses[random.nextInt(statuses.length)];
    }

    private static BigDecimal money(Random random) {
        return BigDecimal.valueOf(random.nextInt(2_000_000) - 100_000, 2);
    }

    private static Settlement settlement(String number, ClaimStatus status, BigDecimal billed, BigDecimal allowed,
                                         BigDecimal patient, BigDecimal expected, BigDecimal paid) {
        BigDecimal z = BigDecimal.ZERO;
        return new Settlement(1, number, "1000000004", "P1", DATE, status, billed, allowed, patient, expected, paid,
                z, z, z, z, z, z, z, z, null, null, null, null, null);
    }
}
