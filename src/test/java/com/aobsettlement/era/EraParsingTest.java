package com.aobsettlement.era;

import com.aobsettlement.domain.EraEnvelope;
import com.aobsettlement.domain.EraAdjustment;
import com.aobsettlement.domain.EraServiceLine;
import com.aobsettlement.domain.EraClaim;
import com.aobsettlement.domain.EraTransaction;
import com.aobsettlement.domain.InputRules;
import static com.aobsettlement.era.Edi.body;
import static com.aobsettlement.era.Edi.claim;
import static com.aobsettlement.era.Edi.interchange;
import static com.aobsettlement.era.Edi.transaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.domain.ReasonCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 835 reading and balancing without a database: loops, CAS triplets, PLB pairs, the rules of DOMAIN.md §5.1. */
class EraParsingTest {
    static final InputRules RULES = new InputRules(java.time.LocalDate.parse("2026-12-01"), java.time.ZoneId.of("America/New_York"));

    static List<EraTransaction> read(Path file) throws IOException {
        assertThat(EraFileCheck.check(file).problem()).isNull();
        List<EraTransaction> all = new ArrayList<>();
        try (EraTransactionSource source = new EraTransactionSource(file, "0".repeat(64), RULES)) {
            EraTransaction t;
            while ((t = source.next()) != null) {
                all.add(t);
            }
        }
        return all;
    }

    @Test
    void claimAndLineLoopsWithSixTripletCasAndPlbPairs(@TempDir Path dir) throws IOException {
        List<String> c = claim("C01", "1", "300.00", "120.00", "60.00", "X1", "PR*1*10.00**2*20.00**3*30.00**1*0.00**2*0.00**3*0.00");
        c.add("AMT*I*1.25");
        c.add("CAS*CO*45*50.00*1*97*40.00");
        c.add("DTM*150*20261001");
        c.add("DTM*151*20261003");
        c.add("PLB*1234567893*20261231*L6:C01*-1.25*WO:R1*20.00*CV:R2*-5.00");
        Path file = Edi.write(dir, "a.835", interchange(1, transaction("0001", "106.25", "20261120", "T1", "P1ERA", c)));

        EraTransaction t = read(file).get(0);
        assertThat(t.problem()).isNull();
        EraClaim claim = t.claims().get(0);
        assertThat(claim.adjustments()).extracting(EraAdjustment::group, EraAdjustment::reason, a -> a.amount().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PR", "1", "10.00"),
                        org.assertj.core.groups.Tuple.tuple("PR", "2", "20.00"), org.assertj.core.groups.Tuple.tuple("PR", "3", "30.00"),
                        org.assertj.core.groups.Tuple.tuple("PR", "1", "0.00"), org.assertj.core.groups.Tuple.tuple("PR", "2", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("PR", "3", "0.00"));
        // AMT*I after the SVC belongs to the line loop: it is not the claim's interest.
        assertThat(claim.interest()).isEqualByComparingTo("0.00");
        EraServiceLine line = claim.lines().get(0);
        assertThat(line.procedure()).isEqualTo("HC:99213");
        assertThat(line.adjustments()).extracting(a -> a.group() + a.reason() + " " + a.amount() + " " + a.quantity())
                .containsExactly("CO45 50.00 1", "CO97 40.00 null");
        assertThat(line.serviceFrom()).hasToString("2026-10-01");
        assertThat(line.serviceTo()).hasToString("2026-10-03");
        assertThat(t.providerAdjustments()).extracting(p -> p.reason() + ":" + p.reference() + " " + p.amount())
                .containsExactly("L6:C01 -1.25", "WO:R1 20.00", "CV:R2 -5.00");
        // 300 - (60 + 90) = 150 ≠ 120: the claim does not balance.
        assertThat(EraBalancing.check(t)).get().extracting(EraBalancing.Failure::reason)
                .isEqualTo(ReasonCode.ERA_CLAIM_UNBALANCED);
    }

    @Test
    void interestBeforeTheLinesIsTheClaimsAndStaysOutOfTheBalancing(@TempDir Path dir) throws IOException {
        List<String> c = claim("C01", "1", "200.00", "130.00", "30.00", "X1", "PR*2*30.00", "CO*45*40.00");
        c.add(2, "AMT*I*4.10");
        c.add("PLB*1234567893*20261231*L6*-4.10");
        Path file = Edi.write(dir, "a.835", interchange(1, transaction("0001", "134.10", "20261120", "T1", "P1ERA", c)));
        EraTransaction t = read(file).get(0);
        assertThat(t.claims().get(0).interest()).isEqualByComparingTo("4.10");
        assertThat(EraBalancing.check(t)).isEmpty();
    }

    @Test
    void theTransactionBalanceNamesItsNumbers(@TempDir Path dir) throws IOException {
        // A recovery (WO) of 20.00 lowers the payment: 130.00 - 20.00 = 110.00, but BPR02 says 100.00.
        Path file = Edi.write(dir, "a.835", interchange(1, transaction("0001", "100.00", "20261120", "T1", "P1ERA", body(
                claim("C01", "1", "200.00", "130.00", "30.00", "X1", "PR*2*30.00", "CO*45*40.00"),
                List.of("PLB*1234567893*20261231*WO*20.00")))));
        assertThat(EraBalancing.check(read(file).get(0))).contains(new EraBalancing.Failure(ReasonCode.ERA_UNBALANCED,
                "BPR02 is 100.00, but CLP04 130.00 - PLB 20.00 = 110.00 (1 claims)"));
    }

    @Test
    void aTransactionThatDoesNotMapHasItsProblemWithTheSegmentPosition(@TempDir Path dir) throws IOException {
        Path file = Edi.write(dir, "a.835", interchange(1,
                transaction("0001", "130.00", "20261120", "T1", "P1ERA",
                        claim("C01", "1", "200.00", "ABC", "30.00", "X1", "PR*2*30.00")),
                transaction("0002", "130.00", "2026XX20", "T2", "P1ERA",
                        claim("C01", "1", "200.00", "130.00", "30.00", "X2", "PR*2*30.00", "CO*45*40.00")),
                transaction("0003", "130.00", "20261120", "T3", "P1ERA", List.of("CLP*C01*22")),
                transaction("0004", "0.00", "20261120", "T4", "P1ERA", List.of("CLP*C01*24*10.00*0*0*12*P"))));
        List<EraTransaction> all = read(file);
        assertThat(all).extracting(EraTransaction::problem).containsExactly(
                "segment 9 (CLP): CLP04 'ABC' is not a number",
                "BPR16 '2026XX20' is not a date and there is no DTM*405: no payment date",
                "segment 34 (CLP): CLP03 (an amount) is missing",
                "segment 42 (CLP): CLP02 '24' is not a claim status of 005010X221A1 (1, 2, 3, 4, 19, 20, 21, 22, 23, 25)");
    }

    @Test
    void theEnvelopeGivesEachTransactionItsControlNumbersAndBytes(@TempDir Path dir) throws IOException {
        String first = transaction("0001", "0.00", "20261120", "T1", "P1ERA", List.of());
        String text = interchange(7, first, transaction("0002", "0.00", "20261120", "T2", "P1ERA", List.of()));
        Path file = Edi.write(dir, "a.835", text);
        List<EraTransaction> all = read(file);
        EraEnvelope e = all.get(1).envelope();
        assertThat(e.controlRef()).isEqualTo("ISA13 000000007 GS06 7 ST02 0002");
        assertThat(e.ordinal()).isEqualTo(2);
        assertThat(text.substring((int) e.headerStart(), (int) e.headerEnd())).isEqualTo((Edi.isa(7) + Edi.gs(7, "005010X221A1")).strip());
        assertThat(text.substring((int) all.get(0).envelope().start(), (int) all.get(0).envelope().end()))
                .isEqualTo("\n" + first.strip());
    }

    @Test
    void fileHeadsThatAreNotInterchangesAreRefusedBeforeParsing(@TempDir Path dir) {
        assertThat(EraFileCheck.check(Edi.write(dir, "e", "")).problem()).isEqualTo("the file is empty");
        assertThat(EraFileCheck.check(Edi.write(dir, "b", "  \n ")).problem()).isEqualTo("the file holds only blanks");
        assertThat(EraFileCheck.check(Edi.write(dir, "s", "ST*835*1~BPR*I*0*C~SE*3*1~")).problem())
                .startsWith("no ISA/GS envelope (a bare ST..SE)");
        assertThat(EraFileCheck.check(Edi.write(dir, "c", "ISA*00*   ~")).problem())
                .isEqualTo("segment 1 (ISA): the ISA is not 106 characters (found 11): the file ends inside it");
        assertThat(EraFileCheck.check(Edi.write(dir, "x", "hello,world\n")).problem())
                .isEqualTo("not an X12 interchange: the file does not start with an ISA segment");
        String notAn835 = interchange(1, transaction("0001", "0.00", "20261120", "T1", "P1ERA", List.of()))
                .replace("ST*835*", "ST*837*");
        assertThat(EraFileCheck.check(Edi.write(dir, "n", notAn835)).problem()).isEqualTo("segment 3 (ST): ST01 is '837', not 835");
    }
}
