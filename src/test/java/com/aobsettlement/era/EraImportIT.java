package com.aobsettlement.era;

import static com.aobsettlement.era.Edi.body;
import static com.aobsettlement.era.Edi.claim;
import static com.aobsettlement.era.Edi.interchange;
import static com.aobsettlement.era.Edi.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `import era` with files written for what the public samples lack, on MariaDB. Claims C01..C13
 * and payer P1 (era_payer_id P1ERA) come from the worked examples.
 */
class EraImportIT {

    /** C01 paid 130.00 on EFT9001: balanced (200.00 - PR 30.00 - CO 40.00). */
    static String original() {
        return interchange(1, transaction("0001", "130.00", "20261110", "EFT9001", "P1ERA",
                claim("C01", "1", "200.00", "130.00", "30.00", "PCC01", "PR*2*30.00", "CO*45*40.00")));
    }

    @Test
    void reversalThenCorrectionPostsNegativeAndPositiveAndTheClaimIsPendingAgain(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            f.cli.ok("import", "era", Edi.write(work, "original.835", original()).toString());
            f.cli.ok("settle", "--date", "2026-11-12");
            assertThat(f.string("SELECT status FROM claims WHERE claim_number = 'C01'")).isEqualTo("SETTLED");

            // The payer takes the payment back (CLP02 = 22, every amount negated) and pays 150.00 instead.
            String fix = interchange(2, transaction("0001", "20.00", "20261120", "EFT9002", "P1ERA", body(
                    claim("C01", "22", "-200.00", "-130.00", "-30.00", "PCC01", "PR*2*-30.00", "CO*45*-40.00"),
                    claim("C01", "1", "200.00", "150.00", "30.00", "PCC01B", "PR*2*30.00", "CO*45*20.00"))));
            Cli.Result r = f.cli.ok("import", "era", Edi.write(work, "reversal.835", fix).toString());
            assertThat(r.out()).containsPattern("claims paid +2 +20.00");

            assertThat(f.strings("SELECT CONCAT(status_code, ' ', charge_amount, ' ', paid_amount, ' ', patient_responsibility, "
                    + "' ', paid_on, ' ', eft_trace) FROM remittances WHERE claim_number = 'C01' AND source = 'ERA' ORDER BY id"))
                    .containsExactly("1 200.00 130.00 30.00 2026-11-10 EFT9001", "22 -200.00 -130.00 -30.00 2026-11-20 EFT9002",
                            "1 200.00 150.00 30.00 2026-11-20 EFT9002");
            // Pending again from the reversal's date, not before: a run of the 19th leaves C01 alone, the next run
            // settles 150.00 paid.
            f.cli.ok("settle", "--date", "2026-11-19");
            assertThat(f.strings("SELECT business_date FROM settlements WHERE claim_number = 'C01' ORDER BY business_date"))
                    .containsExactly("2026-11-12");
            f.cli.ok("settle", "--date", "2026-11-26");
            assertThat(f.string("SELECT CONCAT(payer_paid, ' ', patient_responsibility, ' ', refund_reserve) FROM settlements "
                    + "WHERE claim_number = 'C01' AND business_date = '2026-11-26'")).isEqualTo("150.00 30.00 20.00");
        }
    }

    @Test
    void severalTransactionsInOneGroupAndSeveralInterchangesInOneFileWithAnySeparators(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            String first = interchange(11,
                    transaction("1001", "130.00", "20261110", "EFT1101", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "A1", "PR*2*30.00", "CO*45*40.00")),
                    transaction("1002", "300.00", "20261111", "EFT1102", "P1ERA",
                            claim("C02", "1", "500.00", "300.00", "50.00", "A2", "PR*1*50.00", "CO*45*150.00")));
            String second = interchange(12, transaction("1201", "0.00", "20261112", "EFT1201", "P1ERA",
                    claim("C05", "4", "200.00", "0.00", "0.00", "A5", "CO*50*200.00")));
            // Indented, CRLF, behind a UTF-8 byte order mark; the second interchange in '|' '>' '!' on one line.
            String indented = "\uFEFF" + first.replace("\n", "\r\n").replace("\r\nGS", "\r\n  GS").replace("\r\nST", "\r\n    ST");
            String oneLine = second.replace("*", "|").replace(":", ">").replace("~\n", "!");
            Path file = work.resolve("two-interchanges.835");
            try {
                Files.write(file, (indented + oneLine).getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Cli.Result r = f.cli.ok("import", "era", file.toString());
            assertThat(r.out()).containsPattern("transactions posted +3 *\n").containsPattern("claims paid +3 +430.00");
            assertThat(f.strings("SELECT CONCAT(eft_trace, ' ', amount, ' ', paid_on) FROM era_payments ORDER BY eft_trace"))
                    .containsExactly("EFT1101 130.00 2026-11-10", "EFT1102 300.00 2026-11-11", "EFT1201 0.00 2026-11-12");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', status_code, ' ', paid_amount) FROM remittances "
                    + "WHERE source = 'ERA' ORDER BY claim_number")).containsExactly("C01 1 130.00", "C02 1 300.00", "C05 4 0.00");
            assertThat(f.strings("SELECT control_ref FROM era_transactions ORDER BY ordinal")).containsExactly(
                    "ISA13 000000011 GS06 11 ST02 1001", "ISA13 000000011 GS06 11 ST02 1002", "ISA13 000000012 GS06 12 ST02 1201");
        }
    }

    @Test
    void plbInterestAndOverpaymentRecoveryAreKeptAndBalanceThePayment(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            // 130.00 + 300.00 paid on claims; interest L6 -2.50 raises the payment, recovery WO 30.00 lowers it:
            // BPR02 = 430.00 - (-2.50 + 30.00) = 402.50.
            List<String> c01 = claim("C01", "1", "200.00", "130.00", "30.00", "B1", "PR*2*30.00", "CO*45*40.00");
            c01.add(2, "AMT*I*2.50");
            String file = interchange(21, transaction("2101", "402.50", "20261120", "EFT2101", "P1ERA", body(c01,
                    claim("C02", "1", "500.00", "300.00", "50.00", "B2", "PR*1*50.00", "CO*45*150.00"),
                    List.of("PLB*1234567893*20261231*L6:C01*-2.50*WO:OVERPAY C07*30.00"))));
            Cli.Result r = f.cli.ok("import", "era", Edi.write(work, "plb.835", file).toString());
            assertThat(r.out()).containsPattern("transactions posted +1 *\n");
            assertThat(f.strings("SELECT CONCAT(reason_code, ' ', reference, ' ', amount, ' ', eft_trace, ' ', paid_on) "
                    + "FROM era_provider_adjustments ORDER BY id"))
                    .containsExactly("L6 C01 -2.50 EFT2101 2026-11-20", "WO OVERPAY C07 30.00 EFT2101 2026-11-20");
            assertThat(f.string("SELECT CONCAT(paid_amount, ' ', interest_paid) FROM remittances WHERE claim_number = 'C01'"))
                    .isEqualTo("130.00 2.50");
            assertThat(f.string("SELECT CONCAT(amount, ' ', payer_code) FROM era_payments")).isEqualTo("402.50 P1");
        }
    }

    @Test
    void unbalancedTransactionsAreQuarantinedWholeWithTheirNumbersAndTheOthersPosted(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            String file = interchange(31,
                    transaction("3101", "130.00", "20261120", "EFT3101", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "U1", "PR*2*30.00", "CO*45*40.00")),
                    // 200.00 - 30.00 - 30.00 = 140.00, but CLP04 says 130.00
                    transaction("3102", "130.00", "20261120", "EFT3102", "P1ERA",
                            claim("C03", "1", "200.00", "130.00", "30.00", "U3", "PR*2*30.00", "CO*45*30.00")),
                    // claims balance, but BPR02 is not their sum
                    transaction("3103", "999.00", "20261120", "EFT3103", "P1ERA",
                            claim("C04", "1", "200.00", "130.00", "30.00", "U4", "PR*2*30.00", "CO*45*40.00")),
                    transaction("3104", "130.00", "20261120", "EFT3104", "NOSUCHPAYER",
                            claim("C07", "1", "200.00", "130.00", "30.00", "U7", "PR*2*30.00", "CO*45*40.00")));
            Cli.Result r = f.cli.ok("import", "era", Edi.write(work, "mixed.835", file).toString());
            assertThat(r.out()).containsPattern("transactions posted +1 *\n")
                    .containsPattern("transactions quarantined ERA_CLAIM_UNBALANCED +1 *\n")
                    .containsPattern("transactions quarantined ERA_UNBALANCED +1 *\n")
                    .containsPattern("transactions quarantined ERA_UNKNOWN_PAYER +1 *\n");
            assertThat(f.strings("SELECT claim_number FROM remittances WHERE source = 'ERA'")).containsExactly("C01");
            assertThat(f.strings("SELECT CONCAT(record_ref, ' ', reason_code, ' ', message) FROM exceptions "
                    + "WHERE source = 'era' ORDER BY id")).containsExactly(
                    "mixed.835:segment 16 ERA_CLAIM_UNBALANCED ISA13 000000031 GS06 31 ST02 3102: 1 of 1 claims do not balance: "
                            + "claim C03 (segment 22): CLP03 200.00 - CAS 60.00 = 140.00, but CLP04 is 130.00; nothing of it is "
                            + "posted; it is in quarantine as mixed.4bd0a8d5.st2.ERA_CLAIM_UNBALANCED.edi".replace("4bd0a8d5",
                            f.string("SELECT SUBSTRING(sha256, 1, 8) FROM era_files")),
                    "mixed.835:segment 29 ERA_UNBALANCED ISA13 000000031 GS06 31 ST02 3103: BPR02 is 999.00, but CLP04 130.00 "
                            + "- PLB 0.00 = 130.00 (1 claims); nothing of it is posted; it is in quarantine as "
                            + "mixed.SHA.st3.ERA_UNBALANCED.edi".replace("SHA", f.string("SELECT SUBSTRING(sha256, 1, 8) FROM era_files")),
                    "mixed.835:segment 42 ERA_UNKNOWN_PAYER ISA13 000000031 GS06 31 ST02 3104: payer id TRN03 'NOSUCHPAYER' / "
                            + "N1*PR N104 '' is the era_payer_id of no payer; add it to payers.csv and import the quarantined "
                            + "file again; nothing of it is posted; it is in quarantine as "
                            + "mixed.SHA.st4.ERA_UNKNOWN_PAYER.edi".replace("SHA", f.string("SELECT SUBSTRING(sha256, 1, 8) FROM era_files")));
            assertThat(f.quarantined()).hasSize(3);
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isEqualTo(1);
            assertThat(f.string("SELECT status FROM era_files")).isEqualTo("PARTIAL");
        }
    }

    /**
     * Issue 18, DOMAIN.md §3 "Rules for every input": CLP01, CLP07, TRN02 and TRN03 hold printable characters
     * only, with no blank at either end and no formula lead; BPR16 and the DTM dates lie between 1990-01-01 and
     * one year after today (fixed at 2026-12-01). A failing field quarantines its transaction (ERA_SYNTAX) with
     * the segment and its position; the other transactions post. The file is UTF-8, as the U+202E is.
     */
    @Test
    void codesAndDatesOutsideTheInputRulesQuarantineTheirTransaction(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            List<String> badService = claim("C01", "1", "200.00", "130.00", "30.00", "Q7", "PR*2*30.00", "CO*45*40.00");
            badService.set(badService.size() - 1, "DTM*472*00000101");
            String text = interchange(41,
                    transaction("0001", "130.00", "20261120", "EFT4101", "P1ERA",
                            claim("=C01", "1", "200.00", "130.00", "30.00", "Q1", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0002", "130.00", "20261120", "EFT4102", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q2\u202E", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0003", "130.00", "20261120", "-EFT4103", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q3", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0004", "130.00", "20261120", "EFT4104", "@P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q4", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0005", "130.00", "15821010", "EFT4105", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q5", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0006", "130.00", "20281201", "EFT4106", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q6", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0007", "130.00", "20261120", "EFT4107", "P1ERA", badService),
                    transaction("0008", "130.00", "20261120", "EFT4108", "P1ERA",
                            claim(" C03", "1", "200.00", "130.00", "30.00", "Q8", "PR*2*30.00", "CO*45*40.00")),
                    transaction("0009", "130.00", "20261120", "EFT4109", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q9", "PR*2*30.00", "CO*45*40.00"))
                            .replace("DTM*405*20261120", "DTM*405*19891231"),
                    transaction("0010", "130.00", "20261120", "EFT4110", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "Q10", "PR*2*30.00", "CO*45*40.00")));
            Path file = work.resolve("rules.835");
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));

            Cli.Result r = f.cli.run(Map.of("aob.test.today", "2026-12-01"), "import", "era", file.toString());
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).containsPattern("transactions posted +1 *\n")
                    .containsPattern("transactions quarantined ERA_SYNTAX +9 *\n");
            String formula = ", which a spreadsheet would run as a formula";
            assertThat(f.strings("SELECT CONCAT(record_ref, ' | ', message) FROM exceptions WHERE source = 'era' "
                    + "AND reason_code = 'ERA_SYNTAX' ORDER BY id"))
                    .extracting(m -> m.substring(0, m.indexOf(" | ")) + " " + m.substring(m.indexOf(": ") + 2, m.indexOf("; nothing")))
                    .containsExactly(
                            "rules.835:segment 3 segment 9 (CLP): CLP01 begins with '='" + formula,
                            "rules.835:segment 16 segment 22 (CLP): CLP07 holds the invisible or direction-changing character U+202E",
                            "rules.835:segment 29 segment 31 (TRN): TRN02 begins with '-'" + formula,
                            "rules.835:segment 42 segment 44 (TRN): TRN03 begins with '@'" + formula,
                            "rules.835:segment 55 segment 56 (BPR): BPR16 is 1582-10-10, before 1990-01-01",
                            "rules.835:segment 68 segment 69 (BPR): BPR16 is 2028-12-01, after 2027-12-01, one year after today",
                            "rules.835:segment 81 segment 92 (DTM): DTM02 is 0000-01-01, before 1990-01-01",
                            "rules.835:segment 94 segment 100 (CLP): CLP01 begins with a blank (U+0020)",
                            "rules.835:segment 107 segment 110 (DTM): DTM02 is 1989-12-31, before 1990-01-01");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', eft_trace, ' ', paid_on) FROM remittances WHERE source = 'ERA'"))
                    .containsExactly("C01 EFT4110 2026-11-20");
            // nothing stored that a later job could fail to read
            assertThat(f.count("SELECT COUNT(*) FROM era_transactions WHERE paid_on < '1990-01-01' OR paid_on > '2027-12-01'"))
                    .isZero();
            Cli.Result settled = f.cli.run(Map.of("aob.test.today", "2026-12-01"), "settle", "--date", "2026-11-26");
            assertThat(settled.exitCode()).as(settled.toString()).isZero();
        }
    }

    @Test
    void anUnknownPayerIsPostedOnceThePayerIsKnownAndNeverTwice(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            String file = interchange(41,
                    transaction("4101", "130.00", "20261120", "EFT4101", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "N1", "PR*2*30.00", "CO*45*40.00")),
                    transaction("4102", "300.00", "20261120", "EFT4102", "NEWPAYER",
                            claim("C02", "1", "500.00", "300.00", "50.00", "N2", "PR*1*50.00", "CO*45*150.00")));
            Path original = Edi.write(work.resolve("in"), "new-payer.835", file);
            f.cli.ok("import", "era", original.toString());
            assertThat(f.strings("SELECT claim_number FROM remittances WHERE source = 'ERA'")).containsExactly("C01");
            Path saved = f.quarantined().get(0);
            assertThat(saved.getFileName().toString()).endsWith(".st2.ERA_UNKNOWN_PAYER.edi");

            // Same bytes while the payer is still unknown: tried again, still quarantined, nothing new recorded.
            Cli.Result still = f.cli.ok("import", "era", original.toString());
            assertThat(still.out()).containsPattern("transactions done before +1 *\n")
                    .containsPattern("transactions quarantined ERA_UNKNOWN_PAYER +1 *\n");
            assertThat(f.count("SELECT COUNT(*) FROM era_quarantine")).isEqualTo(1);

            // The operator adds the payer and imports the quarantined file: posted, the quarantine resolved.
            Path payers = Edi.write(work, "payers.csv", "payer_code,name,payer_type,era_payer_id,allowed_pct,prompt_pay_days,"
                    + "prompt_pay_day_kind,interest_apr,appeal_window_days,timely_filing,tolerance_abs,tolerance_pct,"
                    + "sequestration_pct,nsa_applies,effective_from\nNEW,New Payer,OTHER,NEWPAYER,0.80,,,0.05,,,,,,,2020-01-01\n");
            f.cli.ok("import", "payers", payers.toString());
            Cli.Result fixed = f.cli.ok("import", "era", saved.toString());
            assertThat(fixed.out()).containsPattern("claims paid +1 +300.00");
            assertThat(f.count("SELECT COUNT(*) FROM era_quarantine WHERE resolved_at IS NULL")).isZero();

            // The original file again: its second transaction is retried, but that payment is there already.
            Cli.Result again = f.cli.ok("import", "era", original.toString());
            assertThat(again.out()).containsPattern("claims not posted again \\(ERA_DUPLICATE\\) +1 *\n");
            assertThat(f.strings("SELECT CONCAT(claim_number, ' ', paid_amount) FROM remittances WHERE source = 'ERA' "
                    + "ORDER BY claim_number")).containsExactly("C01 130.00", "C02 300.00");
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isEqualTo(2);
            assertThat(f.count("SELECT COUNT(*) FROM exceptions WHERE reason_code = 'ERA_DUPLICATE'")).isEqualTo(1);
            // Now every transaction of it is posted: a further import is refused.
            assertThat(f.cli.run("import", "era", original.toString()).exitCode()).isEqualTo(3);
        }
    }

    @Test
    void theSameClaimPaymentInAnotherFileIsADuplicateNotASecondPosting(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            f.cli.ok("import", "era", Edi.write(work, "a.835", original()).toString());
            // The same transaction, re-sent in an interchange of its own (another control number: another file).
            String resent = original().replace("000000001", "000000009");
            Cli.Result r = f.cli.ok("import", "era", Edi.write(work, "b.835", resent).toString());
            assertThat(r.out()).containsPattern("claims paid +0 +0.00").containsPattern("claims not posted again \\(ERA_DUPLICATE\\) +1");
            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE claim_number = 'C01' AND source = 'ERA'")).isEqualTo(1);
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isEqualTo(1);
            assertThat(f.string("SELECT CONCAT(record_ref, ' ', message) FROM exceptions WHERE reason_code = 'ERA_DUPLICATE'"))
                    .isEqualTo("b.835:segment 9 claim C01 status 1: the same claim payment (trace EFT9001, payer claim control "
                            + "PCC01) was posted before; not posted again");
        }
    }

    @Test
    void filesThatDoNotParseAreQuarantinedWholeAndNothingOfThemIsPosted(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Path in = work.resolve("in");
            // Truncated in its second transaction: the first, complete one is not posted either.
            String whole = interchange(51,
                    transaction("5101", "130.00", "20261120", "EFT5101", "P1ERA",
                            claim("C01", "1", "200.00", "130.00", "30.00", "T1", "PR*2*30.00", "CO*45*40.00")),
                    transaction("5102", "130.00", "20261120", "EFT5102", "P1ERA",
                            claim("C04", "1", "200.00", "130.00", "30.00", "T4", "PR*2*30.00", "CO*45*40.00")));
            Edi.write(in, "1-truncated.835", whole.substring(0, whole.indexOf("CLP*C04") + 12));
            byte[] random = new byte[4096];
            new Random(42).nextBytes(random);
            Files.write(in.resolve("2-random.bin"), random);
            Edi.write(in, "3-empty.835", "");
            String v4010 = whole.replace("*00501*", "*00401*").replace("005010X221A1", "004010X091A1");
            Edi.write(in, "4-v4010.835", v4010);
            Edi.write(in, "5-good.835", original());

            Cli.Result r = f.cli.ok("import", "era", in.toString());
            assertThat(r.out()).containsPattern("files read +5 *\n").containsPattern("files quarantined whole \\(ERA_SYNTAX\\) +4 *\n")
                    .containsPattern("transactions posted +1 *\n");
            assertThat(f.strings("SELECT CONCAT(record_ref, ': ', message) FROM exceptions WHERE reason_code = 'ERA_SYNTAX' "
                    + "ORDER BY record_ref")).satisfiesExactly(
                    m -> assertThat(m).startsWith("1-truncated.835: segment 22 (CLP): the file ends inside this segment; "
                            + "the rest of it and SE, GE, IEA expected: the file is cut short"),
                    m -> assertThat(m).startsWith("2-random.bin: not an X12 interchange: the file does not start with an ISA segment"),
                    m -> assertThat(m).startsWith("3-empty.835: the file is empty"),
                    m -> assertThat(m).startsWith("4-v4010.835: segment 2 (GS): unsupported version: GS08 is '004010X091A1' "
                            + "(ISA12 '00401'), a 4010 835; only 005010X221A1 is taken"));
            assertThat(f.strings("SELECT claim_number FROM remittances WHERE source = 'ERA'")).containsExactly("C01");
            assertThat(f.strings("SELECT eft_trace FROM era_payments")).containsExactly("EFT9001");
            // Byte for byte in quarantine.
            for (String name : List.of("1-truncated", "2-random", "3-empty", "4-v4010")) {
                Path saved = f.quarantined().stream().filter(p -> p.getFileName().toString().startsWith(name + "."))
                        .findFirst().orElseThrow();
                Path source = Files.list(in).filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
                assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(source));
            }
            // A folder without files is a usage error.
            Files.createDirectories(work.resolve("nothing"));
            Cli.Result none = f.cli.run("import", "era", work.resolve("nothing").toString());
            assertThat(none.exitCode()).isEqualTo(2);
            assertThat(none.err()).isEqualTo("The folder " + work.resolve("nothing") + " holds no files to import.\n");
        }
    }

    @Test
    void aTenMegabyteSingleLineFileIsReadStreaming(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            StringBuilder body = new StringBuilder();
            int claims = 16_500;
            String padding = "REF*6R*" + "9".repeat(30);
            for (int i = 1; i <= claims; i++) {
                body.append("CLP*C01*1*200.00*130.00*30.00*12*BIG").append(i).append("~NM1*QC*1*").append(Edi.PATIENT_NAME)
                        .append("*JANE****MI*").append(Edi.MEMBER_ID).append("~CAS*PR*2*30.00~CAS*CO*45*40.00~SVC*HC:99213*200.00*130.00**1~DTM*472*20261020~");
                body.append((padding + "~").repeat(12));
            }
            String total = String.format("%.2f", claims * 130.0);
            String st = "ST*835*0001~BPR*I*" + total + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20261120~"
                    + "TRN*1*EFTBIG*P1ERA~N1*PR*TEST PAYER~";
            int segments = 4 + claims * 18 + 1;
            String file = Edi.isa(61).replace("\n", "") + Edi.gs(61, "005010X221A1").replace("\n", "") + st + body
                    + "SE*" + segments + "*0001~GE*1*61~IEA*1*000000061~";
            Path path = Edi.write(work, "big.835", file);
            assertThat(Files.size(path)).isGreaterThan(10_000_000L);
            assertThat(file).doesNotContain("\n");

            Cli.Result r = f.cli.ok("import", "era", path.toString());
            assertThat(r.out()).containsPattern("claims paid +16,500 +" + total);
            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE eft_trace = 'EFTBIG'")).isEqualTo(claims);
            assertThat(f.sum("SELECT SUM(paid_amount) FROM remittances WHERE eft_trace = 'EFTBIG'")).isEqualByComparingTo(total);
            assertThat(f.storedText()).doesNotContain(Edi.PATIENT_NAME).doesNotContain(Edi.MEMBER_ID);
            String log = Files.readString(work.resolve("logs").resolve("aob-settlement.log"));
            assertThat(log).doesNotContain(Edi.PATIENT_NAME).doesNotContain(Edi.MEMBER_ID);
        }
    }

    @Test
    void aCrashPartWayThroughAFolderResumesWithoutPostingAnythingTwice(@TempDir Path work) {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Path in = work.resolve("in");
            String[] numbers = {"C01", "C02", "C03", "C04", "C05", "C07", "C09", "C10", "C13", "C99"};
            int tx = 0;
            for (int file = 1; file <= 3; file++) {
                String[] transactions = new String[5];
                for (int t = 0; t < 5; t++) {
                    tx++;
                    String number = numbers[tx % numbers.length];
                    transactions[t] = transaction(String.format("%04d", tx), "130.00", "20261120", "EFTR" + tx, "P1ERA",
                            claim(number, "1", "200.00", "130.00", "30.00", "R" + tx, "PR*2*30.00", "CO*45*40.00"));
                }
                Edi.write(in, "file" + file + ".835", interchange(70 + file, transactions));
            }
            // The second chunk (transactions 10 to 15) fails after its SQL ran: it rolls back.
            Cli.Result crashed = f.cli.run(Map.of("aob.fault.era-fail-after-transactions", "9"), "import", "era", in.toString());
            assertThat(crashed.exitCode()).as(crashed.toString()).isEqualTo(1);
            assertThat(crashed.err()).contains("injected failure after 9 transactions")
                    .contains("run the same command again to resume");
            assertThat(f.count("SELECT COUNT(*) FROM era_transactions")).isEqualTo(9);
            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE source = 'ERA'")).isEqualTo(9);

            Cli.Result resumed = f.cli.ok("import", "era", in.toString());
            assertThat(resumed.out()).containsPattern("files read +3 *\n").containsPattern("transactions posted +15 *\n");
            assertThat(f.count("SELECT COUNT(*) FROM era_transactions")).isEqualTo(15);
            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE source = 'ERA'")).isEqualTo(15);
            assertThat(f.count("SELECT COUNT(DISTINCT eft_trace) FROM remittances WHERE source = 'ERA'")).isEqualTo(15);
            assertThat(f.count("SELECT COUNT(*) FROM era_payments")).isEqualTo(15);
            assertThat(f.count("SELECT COUNT(*) FROM exceptions WHERE reason_code = 'ERA_DUPLICATE'")).isZero();
            assertThat(f.strings("SELECT status FROM era_files")).containsExactly("POSTED", "POSTED", "POSTED");
        }
    }
}
