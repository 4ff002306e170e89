package com.aobsettlement.era;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, DOMAIN.md §5.1, on MariaDB: the files of src/test/resources/era/x12 (see its README)
 * imported with `import era`: exactly what posted and what was quarantined, with which reason and
 * message. Claims C01..C13 and payer P1 (era_payer_id P1ERA) come from the worked examples.
 */
class EraX12CasesIT {

    private static Path copy(Path dir, String... names) {
        try {
            Files.createDirectories(dir);
            for (String name : names) {
                Files.copy(EraX12CasesTest.CASES.resolve(name), dir.resolve(name));
            }
            return names.length == 1 ? dir.resolve(names[0]) : dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTransactionSetWithASyntaxErrorIsQuarantinedAloneAndTheOthersPost(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Cli.Result r = f.cli.ok("import", "era", copy(work.resolve("in"), "per-transaction-syntax.835").toString());
            assertThat(r.out()).containsPattern("files quarantined whole \\(ERA_SYNTAX\\) +0 *\n")
                    .containsPattern("transactions posted +2 *\n")
                    .containsPattern("transactions quarantined ERA_SYNTAX +5 *\n")
                    .containsPattern("claims paid +2 +430.00");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', paid_amount, ' ', eft_trace) FROM remittances "
                    + "WHERE source = 'ERA' ORDER BY claim_number")).containsExactly("C01 130.00 EFT8101", "C02 300.00 EFT8107");
            assertThat(f.strings("SELECT CONCAT(eft_trace, ' ', amount) FROM era_payments ORDER BY eft_trace"))
                    .containsExactly("EFT8101 130.00", "EFT8107 300.00");
            String sha8 = f.string("SELECT SUBSTRING(sha256, 1, 8) FROM era_files");
            assertThat(f.strings("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions WHERE source = 'era' "
                    + "ORDER BY id")).containsExactly(
                    syntax("segment 16", "0002", "segment 28 (SE): SE01 says 9 segments, the transaction set has 13 "
                            + "(ST at segment 16)", sha8, 2),
                    syntax("segment 29", "0003", "segment 30 (TRN): BPR expected after ST, found TRN", sha8, 3),
                    syntax("segment 41", "0004", "segment 48 (XYZ): XYZ is not a segment of an 835 (005010X221A1)", sha8, 4),
                    syntax("segment 55", "0005", "segment 67 (SE): SE02 is '5000', but ST02 is '0005'", sha8, 5),
                    syntax("segment 68", "0006", "segment 80 (ST): SE expected to close ST02 '0006' (segment 68), found ST",
                            sha8, 6));
            assertThat(f.strings("SELECT CONCAT(ordinal, ' ', status, ' ', COALESCE(reason_code, '-')) FROM era_transactions "
                    + "ORDER BY ordinal")).containsExactly("1 POSTED -", "2 QUARANTINED ERA_SYNTAX", "3 QUARANTINED ERA_SYNTAX",
                    "4 QUARANTINED ERA_SYNTAX", "5 QUARANTINED ERA_SYNTAX", "6 QUARANTINED ERA_SYNTAX", "7 POSTED -");
            assertThat(f.string("SELECT CONCAT(status, ' ', transactions, ' ', posted, ' ', quarantined) FROM era_files"))
                    .isEqualTo("PARTIAL 7 2 5");
            // Each quarantined set is a file of its own, with the original bytes of its ST..SE (the one without SE ends
            // where the next ST begins) in its interchange's envelope.
            assertThat(f.quarantined()).hasSize(5);
            String unclosed = Files.readString(f.quarantined().stream()
                    .filter(p -> p.getFileName().toString().endsWith(".st6.ERA_SYNTAX.edi")).findFirst().orElseThrow(),
                    StandardCharsets.ISO_8859_1);
            assertThat(unclosed).startsWith("ISA*00*").contains("ST*835*0006*005010X221A1~").contains("CLP*C07*1*")
                    .doesNotContain("ST*835*0007").endsWith("DTM*472*20261020~\nGE*1*81~\nIEA*1*000000081~\n");
        }
    }

    private static String syntax(String ref, String st02, String message, String sha8, int ordinal) {
        return "per-transaction-syntax.835:" + ref + " ERA_SYNTAX ISA13 000000081 GS06 81 ST02 " + st02 + ": " + message
                + "; nothing of it is posted; it is in quarantine as per-transaction-syntax." + sha8 + ".st" + ordinal
                + ".ERA_SYNTAX.edi";
    }

    @Test
    void envelopeErrorsAndA4010FileQuarantineTheInterchangeWithAMessageToActOn(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Path in = copy(work.resolve("in"), "envelope-ge01.835", "envelope-iea01.835", "envelope-iea02.835",
                    "envelope-short-isa.835", "v4010-nel.835", "v4010.835");
            Cli.Result r = f.cli.ok("import", "era", in.toString());
            assertThat(r.out()).containsPattern("files read +6 *\n").containsPattern("files quarantined whole \\(ERA_SYNTAX\\) +6 *\n")
                    .containsPattern("transactions posted +0 *\n");
            String version = "segment 2 (GS): unsupported version: GS08 is '004010X091A1' (ISA12 '00401'), a 4010 835; "
                    + "only 005010X221A1 is taken";
            assertThat(f.strings("SELECT CONCAT(file_name, ': ', message) FROM era_quarantine ORDER BY file_name")).containsExactly(
                    "envelope-ge01.835: segment 29 (GE): GE01 says 3 transaction sets, the group (GS06 '82') has 2",
                    "envelope-iea01.835: segment 17 (IEA): IEA01 says 2 functional groups, the interchange (ISA13 '000000082') "
                            + "has 1",
                    "envelope-iea02.835: segment 17 (IEA): IEA02 is '000000083', but ISA13 is '000000082'",
                    "envelope-short-isa.835: segment 1 (ISA): the ISA is not 106 characters (found 105): ISA06 has 14 "
                            + "characters, expected 15",
                    "v4010-nel.835: " + version,
                    "v4010.835: " + version);
            assertThat(f.count("SELECT COUNT(*) FROM exceptions WHERE reason_code = 'ERA_SYNTAX'")).isEqualTo(6);
            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE source = 'ERA'")).isZero();
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isZero();
            assertThat(f.strings("SELECT DISTINCT status FROM era_files")).containsExactly("QUARANTINED");
            // Byte for byte in quarantine.
            assertThat(f.quarantined()).hasSize(6);
            for (Path saved : f.quarantined()) {
                String name = saved.getFileName().toString();
                Path source = in.resolve(name.substring(0, name.indexOf('.')) + ".835");
                assertThat(Files.readAllBytes(saved)).as(name).isEqualTo(Files.readAllBytes(source));
            }
        }
    }

    @Test
    void anEnvelopeErrorInOneInterchangeQuarantinesThatInterchangeAndTheOthersPost(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Path file = copy(work.resolve("in"), "envelope-three-interchanges.835");
            Cli.Result r = f.cli.ok("import", "era", file.toString());
            assertThat(r.out()).containsPattern("files quarantined whole \\(ERA_SYNTAX\\) +0 *\n")
                    .containsPattern("interchanges quarantined whole \\(ERA_SYNTAX\\) +1 *\n")
                    .containsPattern("transactions posted +2 *\n")
                    .containsPattern("transactions quarantined ERA_SYNTAX +2 *\n")
                    .containsPattern("claims paid +2 +260.00");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', paid_amount, ' ', eft_trace) FROM remittances "
                    + "WHERE source = 'ERA' ORDER BY claim_number")).containsExactly("C01 130.00 EFT9101", "C03 130.00 EFT9301");
            String sha8 = f.string("SELECT SUBSTRING(sha256, 1, 8) FROM era_files");
            String message = "segment 46 (GE): GE01 says 3 transaction sets, the group (GS06 '92') has 2";
            assertThat(f.string("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions WHERE source = 'era'"))
                    .isEqualTo("envelope-three-interchanges.835:segment 18 ERA_SYNTAX interchange 2 (ISA13 000000092): " + message
                            + "; nothing of it (2 transaction sets) is posted; it is in quarantine as envelope-three-interchanges."
                            + sha8 + ".isa2.ERA_SYNTAX.edi");
            assertThat(f.string("SELECT CONCAT(COALESCE(ordinal, '-'), ' ', reason_code, ' ', message) FROM era_quarantine"))
                    .isEqualTo("- ERA_SYNTAX " + message);
            assertThat(f.strings("SELECT CONCAT(ordinal, ' ', control_ref, ' ', status) FROM era_transactions ORDER BY ordinal"))
                    .containsExactly("1 ISA13 000000091 GS06 91 ST02 0001 POSTED", "2 ISA13 000000092 GS06 92 ST02 0001 QUARANTINED",
                            "3 ISA13 000000092 GS06 92 ST02 0002 QUARANTINED", "4 ISA13 000000093 GS06 93 ST02 0001 POSTED");
            assertThat(f.string("SELECT CONCAT(status, ' ', transactions, ' ', posted, ' ', quarantined) FROM era_files"))
                    .isEqualTo("PARTIAL 4 2 2");
            // The interchange as it was, byte for byte: from its ISA to its IEA.
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            String second = text.substring(text.indexOf("ISA*00*", text.indexOf("IEA*1*000000091")),
                    text.indexOf("IEA*1*000000092~") + "IEA*1*000000092~".length());
            assertThat(f.quarantined()).singleElement()
                    .satisfies(p -> assertThat(Files.readString(p, StandardCharsets.ISO_8859_1)).isEqualTo(second));
        }
    }

    @Test
    void forwardedAndPredeterminationClaimsPostTheirTransactionWithoutARemittanceOfTheirOwn(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            List<String> before = f.strings("SELECT CONCAT(claim_number, ' ', status, ' ', COALESCE(last_settled_on, '-')) "
                    + "FROM claims WHERE claim_number IN ('C04', 'C05') ORDER BY claim_number");
            Cli.Result r = f.cli.ok("import", "era", copy(work.resolve("in"), "clp02-23-25.835").toString());
            assertThat(r.out()).containsPattern("transactions posted +1 *\n")
                    .containsPattern("claims paid +3 +430.00")
                    .containsPattern("claims unmatched \\(ERA_UNKNOWN_CLAIM\\) +1 +1,?360.00")
                    .containsPattern("claims forwarded, no payment \\(ERA_FORWARDED\\) +1 *\n")
                    .containsPattern("claims predetermination only \\(ERA_PREDETERMINATION\\) +1 *\n");
            // The payment of 1,790.00 and the denial post; the 23 and 25 claims get no remittance.
            assertThat(f.string("SELECT CONCAT(eft_trace, ' ', amount, ' ', payer_code) FROM era_payments"))
                    .isEqualTo("EFT8501 1790.00 P1");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', status_code, ' ', paid_amount) FROM remittances "
                    + "WHERE source = 'ERA' ORDER BY claim_number")).containsExactly("C01 1 130.00", "C02 1 300.00",
                    "C03 4 0.00", "Z9001 1 1360.00");
            assertThat(f.sum("SELECT SUM(paid_amount) FROM remittances WHERE eft_trace = 'EFT8501'")).isEqualByComparingTo("1790.00");
            assertThat(f.strings("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions WHERE source = 'era' "
                    + "ORDER BY id")).containsExactly(
                    "clp02-23-25.835:segment 21 ERA_UNKNOWN_CLAIM claim Z9001 is not known; 1360.00 with trace EFT8501 is kept "
                            + "as unmatched money",
                    "clp02-23-25.835:segment 31 ERA_FORWARDED claim C04 status 23: not this payer's claim, forwarded to another "
                            + "payer; no payment of the claim (CLP04 0.00, trace EFT8501), no remittance posted",
                    "clp02-23-25.835:segment 36 ERA_PREDETERMINATION claim C05 status 25: predetermination pricing only; no "
                            + "payment of the claim (CLP04 0.00, trace EFT8501), no remittance posted");
            // Kept with the payment: their lines and adjustments, as for every claim of the transaction.
            assertThat(f.strings("SELECT CONCAT(l.claim_number, ' ', a.group_code, a.reason_code, ' ', a.amount) "
                    + "FROM era_adjustments a JOIN era_service_lines l ON l.era_transaction_id = a.era_transaction_id "
                    + "AND l.claim_index = a.claim_index WHERE l.claim_number IN ('C04', 'C05') ORDER BY l.claim_number"))
                    .containsExactly("C04 OA23 200.00", "C05 CO45 200.00");
            // Out of settlement: the two claims are as they were.
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', status, ' ', COALESCE(last_settled_on, '-')) FROM claims "
                    + "WHERE claim_number IN ('C04', 'C05') ORDER BY claim_number")).isEqualTo(before);
        }
    }

    @Test
    void aClaimPaymentUnderAPostedKeyWithOtherAmountsQuarantinesItsTransaction(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            f.cli.ok("import", "era", copy(work.resolve("a"), "conflict-first.835").toString());
            Cli.Result r = f.cli.ok("import", "era", copy(work.resolve("b"), "conflict-second.835").toString());
            assertThat(r.out()).containsPattern("transactions posted +0 *\n")
                    .containsPattern("transactions quarantined ERA_CONFLICT +1 *\n")
                    .containsPattern("claims not posted again \\(ERA_DUPLICATE\\) +0 *\n");
            // Neither the 57.44 nor the transaction's other claim is posted; nothing is dropped silently.
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', paid_amount, ' ', source_file) FROM remittances "
                    + "WHERE source = 'ERA' ORDER BY id")).containsExactly("C06 130.00 conflict-first.835");
            String sha8 = f.string("SELECT SUBSTRING(file_sha256, 1, 8) FROM era_quarantine");
            assertThat(f.string("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions WHERE source = 'era'"))
                    .isEqualTo("conflict-second.835:segment 3 ERA_CONFLICT ISA13 000000087 GS06 87 ST02 0001: segment 9 (CLP): "
                            + "claim C06 status 1 (trace EFT5744, payer claim control K06) has CLP03 200.00 CLP04 57.44 CLP05 "
                            + "30.00, but the claim payment posted before under the same trace, claim, payer claim control "
                            + "number and status has CLP03 200.00 CLP04 130.00 CLP05 30.00; a conflict, not a duplicate; "
                            + "nothing of it is posted; it is in quarantine as conflict-second." + sha8
                            + ".st1.ERA_CONFLICT.edi");
            assertThat(f.string("SELECT CONCAT(reason_code, ' ', amount, ' ', eft_trace) FROM era_quarantine"))
                    .isEqualTo("ERA_CONFLICT 187.44 EFT5744");
            assertThat(f.strings("SELECT CONCAT(file_name, ' ', status) FROM era_files ORDER BY file_name"))
                    .containsExactly("conflict-first.835 POSTED", "conflict-second.835 PARTIAL");
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isEqualTo(1);
            assertThat(f.quarantined()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .endsWith(".st1.ERA_CONFLICT.edi"));
        }
    }
}
