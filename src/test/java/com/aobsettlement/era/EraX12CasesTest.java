package com.aobsettlement.era;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.ReasonCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, DOMAIN.md §5.1: X12 rejects at its own levels. The files of src/test/resources/era/x12
 * (see its README) read without a database: which transaction sets map, with what problem, and
 * which files are refused whole, each message naming the segment, what was declared or expected and
 * what was found.
 */
class EraX12CasesTest {
    static final Path CASES = Path.of("src/test/resources/era/x12").toAbsolutePath();

    static List<EraTransaction> transactions(String name) throws IOException {
        Path file = CASES.resolve(name);
        assertThat(EraFileCheck.check(file).problem()).as(name).isNull();
        List<EraTransaction> all = new ArrayList<>();
        try (EraTransactionSource source = new EraTransactionSource(file, "0".repeat(64), EraParsingTest.RULES)) {
            EraTransaction t;
            while ((t = source.next()) != null) {
                all.add(t);
            }
        }
        return all;
    }

    static String refusal(String name) {
        EraFileCheck.Result result = EraFileCheck.check(CASES.resolve(name));
        assertThat(result.ok()).as(name).isFalse();
        return result.problem();
    }

    @Test
    void aSyntaxErrorRejectsItsTransactionSetAloneAndTheOthersMap() throws IOException {
        List<EraTransaction> all = transactions("per-transaction-syntax.835");
        assertThat(all).extracting(t -> t.envelope().st02() + ": " + t.problem()).containsExactly(
                "0001: null",
                "0002: segment 28 (SE): SE01 says 9 segments, the transaction set has 13 (ST at segment 16)",
                "0003: segment 30 (TRN): BPR expected after ST, found TRN",
                "0004: segment 48 (XYZ): XYZ is not a segment of an 835 (005010X221A1)",
                "0005: segment 67 (SE): SE02 is '5000', but ST02 is '0005'",
                "0006: segment 80 (ST): SE expected to close ST02 '0006' (segment 68), found ST",
                "0007: null");
        // The set without SE ends where the next ST begins: its own bytes, nothing of 0007's.
        EraTransaction unclosed = all.get(5);
        EraTransaction next = all.get(6);
        assertThat(unclosed.envelope().end()).isEqualTo(next.envelope().start());
        assertThat(next.claims()).extracting(EraClaim::claimNumber).containsExactly("C02");
        assertThat(next.payment()).isEqualByComparingTo("300.00");
    }

    @Test
    void envelopeErrorsRefuseTheInterchangeNamingDeclaredAndFound() {
        assertThat(refusal("envelope-iea02.835")).isEqualTo("segment 17 (IEA): IEA02 is '000000083', but ISA13 is '000000082'");
        assertThat(refusal("envelope-iea01.835"))
                .isEqualTo("segment 17 (IEA): IEA01 says 2 functional groups, the interchange (ISA13 '000000082') has 1");
        assertThat(refusal("envelope-ge01.835"))
                .isEqualTo("segment 29 (GE): GE01 says 3 transaction sets, the group (GS06 '82') has 2");
        assertThat(refusal("envelope-short-isa.835"))
                .isEqualTo("segment 1 (ISA): the ISA is not 106 characters (found 105): ISA06 has 14 characters, expected 15");
    }

    @Test
    void anEnvelopeErrorInOneInterchangeOfSeveralRefusesThatInterchangeAlone() throws IOException {
        Path file = CASES.resolve("envelope-three-interchanges.835");
        EraFileCheck.Result check = EraFileCheck.check(file);
        assertThat(check.problem()).isNull();
        assertThat(check.refusedInterchanges())
                .containsExactly(java.util.Map.entry(2, "segment 46 (GE): GE01 says 3 transaction sets, the group (GS06 '92') has 2"));
        List<EraWork> items = new ArrayList<>();
        try (EraTransactionSource source = new EraTransactionSource(file, "0".repeat(64), EraParsingTest.RULES,
                check.refusedInterchanges())) {
            EraWork w;
            while ((w = source.nextWork()) != null) {
                items.add(w);
            }
        }
        assertThat(items).hasSize(3);
        assertThat(((EraWork.TransactionRead) items.get(0)).transaction().envelope().controlRef())
                .isEqualTo("ISA13 000000091 GS06 91 ST02 0001");
        EraWork.InterchangeRefused refused = (EraWork.InterchangeRefused) items.get(1);
        assertThat(refused.interchange()).isEqualTo(2);
        assertThat(refused.isaSegment()).isEqualTo(18);
        assertThat(refused.transactions()).extracting(e -> e.ordinal() + " " + e.controlRef())
                .containsExactly("2 ISA13 000000092 GS06 92 ST02 0001", "3 ISA13 000000092 GS06 92 ST02 0002");
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text.substring((int) refused.start(), (int) refused.end()))
                .startsWith("ISA*00*").contains("*000000092*").endsWith("GE*3*92~\nIEA*1*000000092~");
        EraTransaction third = ((EraWork.TransactionRead) items.get(2)).transaction();
        assertThat(third.envelope().ordinal()).isEqualTo(4);
        assertThat(third.claims()).extracting(EraClaim::claimNumber).containsExactly("C03");
        assertThat(third.problem()).isNull();
    }

    @Test
    void anEnvelopeErrorInEveryInterchangeRefusesTheFileNamingEach(@org.junit.jupiter.api.io.TempDir Path dir) {
        String text = Edi.interchange(1, Edi.transaction("0001", "0.00", "20261120", "T1", "P1ERA", List.of()))
                .replace("GE*1*1~", "GE*1*2~")
                + Edi.interchange(2, Edi.transaction("0001", "0.00", "20261120", "T2", "P1ERA", List.of()))
                .replace("IEA*1*000000002~", "N1*PR*X~\nIEA*1*000000002~");
        assertThat(EraFileCheck.check(Edi.write(dir, "both.835", text)).problem()).isEqualTo("interchange 1: segment 10 (GE): "
                + "GE02 is '2', but GS06 is '1'; interchange 2: segment 22 (N1): segment outside a transaction set (ST..SE)");
    }

    @Test
    void a4010FileIsRefusedNamingItsVersionEvenWhereStaediCannotReadPastTheIsa() {
        assertThat(refusal("v4010.835")).isEqualTo("segment 2 (GS): unsupported version: GS08 is '004010X091A1' "
                + "(ISA12 '00401'), a 4010 835; only 005010X221A1 is taken");
        // NEL terminators saved as UTF-8: StAEDI said "EDIE003 - Invalid processing state after segment ISA at position 1".
        assertThat(refusal("v4010-nel.835")).isEqualTo("segment 2 (GS): unsupported version: GS08 is '004010X091A1' "
                + "(ISA12 '00401'), a 4010 835; only 005010X221A1 is taken");
    }

    @Test
    void clp02TwentyThreeAndTwentyFiveAreValidAndBalanceWithTheOthers() throws IOException {
        EraTransaction t = transactions("clp02-23-25.835").get(0);
        assertThat(t.problem()).isNull();
        assertThat(t.claims()).extracting(c -> c.claimNumber() + " " + c.status() + " " + c.paid())
                .containsExactly("C01 1 130.00", "C02 1 300.00", "Z9001 1 1360.00", "C03 4 0.00", "C04 23 0.00", "C05 25 0.00");
        assertThat(EraBalancing.check(t)).isEmpty();
        assertThat(t.payment()).isEqualByComparingTo("1790.00");
        assertThat(EraClaimPayments.NO_PAYMENT).containsEntry("23", ReasonCode.ERA_FORWARDED)
                .containsEntry("25", ReasonCode.ERA_PREDETERMINATION).hasSize(2);
    }

    @Test
    void aConflictUnderTheSameKeyIsNamedWithBothAmountsAndAnExactRepeatIsADuplicate() throws IOException {
        EraTransaction second = transactions("conflict-second.835").get(0);
        EraTransaction first = transactions("conflict-first.835").get(0);
        // What the first file posted, as EraStore.payments gives it back.
        var posted = java.util.Map.of(com.aobsettlement.store.EraStore.paymentKey("C06", "1", "EFT5744", "K06"),
                List.of(new com.aobsettlement.store.EraStore.PaymentAmounts(new java.math.BigDecimal("200.00"),
                        new java.math.BigDecimal("130.00"), new java.math.BigDecimal("30.00"))));
        EraClaimPayments.Plan plan = EraClaimPayments.plan(second, numbers -> posted);
        assertThat(plan.conflict()).isEqualTo("segment 9 (CLP): claim C06 status 1 (trace EFT5744, payer claim control K06) "
                + "has CLP03 200.00 CLP04 57.44 CLP05 30.00, but the claim payment posted before under the same trace, claim, "
                + "payer claim control number and status has CLP03 200.00 CLP04 130.00 CLP05 30.00; a conflict, not a duplicate");
        EraClaimPayments.Plan again = EraClaimPayments.plan(first, numbers -> posted);
        assertThat(again.conflict()).isNull();
        assertThat(again.duplicate(0)).isTrue();
    }

    @Test
    void theSameKeyTwiceInOneTransactionIsADuplicateWithTheSameAmountsAndAConflictWithOthers(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<String> c08 = Edi.claim("C08", "1", "200.00", "130.00", "30.00", "D08", "PR*2*30.00", "CO*45*40.00");
        Path same = Edi.write(dir, "same.835", Edi.interchange(1, Edi.transaction("0001", "260.00", "20261120", "EFTD", "P1ERA",
                Edi.body(c08, c08))));
        Path other = Edi.write(dir, "other.835", Edi.interchange(1, Edi.transaction("0001", "230.00", "20261120", "EFTD", "P1ERA",
                Edi.body(c08, Edi.claim("C08", "1", "200.00", "100.00", "30.00", "D08", "PR*2*30.00", "CO*45*70.00")))));
        EraClaimPayments.Plan plan = EraClaimPayments.plan(read(same), numbers -> java.util.Map.of());
        assertThat(plan.conflict()).isNull();
        assertThat(plan.duplicate(0)).isFalse();
        assertThat(plan.duplicate(1)).isTrue();
        assertThat(EraClaimPayments.plan(read(other), numbers -> java.util.Map.of()).conflict())
                .isEqualTo("segment 15 (CLP): claim C08 status 1 (trace EFTD, payer claim control D08) has CLP03 200.00 "
                        + "CLP04 100.00 CLP05 30.00, but the claim payment earlier in this transaction (segment 9) under the "
                        + "same trace, claim, payer claim control number and status has CLP03 200.00 CLP04 130.00 CLP05 30.00; "
                        + "a conflict, not a duplicate");
    }

    @Test
    void aFileCutShortOrUnreadableSaysWhereAndWhatWasExpected(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String whole = java.nio.file.Files.readString(CASES.resolve("per-transaction-syntax.835"));
        Path inside = Edi.write(dir, "inside.835", whole.substring(0, whole.indexOf("CLP*C03") + 12));
        Path after = Edi.write(dir, "after.835", whole.substring(0, whole.indexOf("SE*13*0001")));
        Path tag = Edi.write(dir, "tag.835", whole.replace("CLP*C04*", "C@P*C04*"));
        assertThat(EraFileCheck.check(inside).problem()).isEqualTo("segment 22 (CLP): the file ends inside this segment; the "
                + "rest of it and SE, GE, IEA expected: the file is cut short");
        assertThat(EraFileCheck.check(after).problem())
                .isEqualTo("the file ends after segment 14 (DTM); SE, GE, IEA expected: the file is cut short");
        assertThat(EraFileCheck.check(tag).problem()).isEqualTo("segment 34 (after N1 at segment 33): a segment tag of "
                + "letters and digits expected, found a character X12 does not allow there ('@'); the file cannot be read past it");
    }

    private static EraTransaction read(Path file) throws IOException {
        return EraParsingTest.read(file).get(0);
    }
}
