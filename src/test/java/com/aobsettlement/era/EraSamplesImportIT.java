package com.aobsettlement.era;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public sample of src/test/resources/era/samples (see its README), imported as one folder
 * on MariaDB: what each gives, exactly. None of their claims is in the database, so what is posted
 * is unmatched money.
 */
class EraSamplesImportIT {

    @Test
    void everySampleIsPostedOrQuarantinedAsExpected(@TempDir Path work) throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            EraFixture f = new EraFixture(db, work);
            Path folder = EraFixture.copySamples(work.resolve("incoming"));

            Cli.Result result = f.importEra(folder);

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).containsPattern("files read +12 *\n")
                    .containsPattern("files quarantined whole \\(ERA_SYNTAX\\) +3 *\n")
                    .containsPattern("transactions posted +8 *\n")
                    .containsPattern("transactions quarantined ERA_CLAIM_UNBALANCED +3 *\n")
                    .containsPattern("claims paid +0 +0.00 *\n")
                    .containsPattern("claims unmatched \\(ERA_UNKNOWN_CLAIM\\) +14 +152782.97 *\n")
                    .contains("4 payments had no date in BPR16: paid_on is their DTM*405 production date.");

            // Posted: one payment per file, on the date BPR16 gives (else DTM*405), and its claims.
            posted(f, "LinuxForHealth__x12__cob-contractural-adjustment.edi", "0063158ABC", "COB", "34.00", "2005-03-18",
                    "0001000055|2|541.00|34.00|0.00");
            posted(f, "LinuxForHealth__x12__managed-care.edi", "7170066655", "RUSH", "945.00", "2002-03-14",
                    "5554555444|1|800.00|450.00|300.00", "8765432112|1|1200.00|495.00|600.00");
            posted(f, "LinuxForHealth__x12__medicare-part-a.edi", "12345", "TIMB", "150000.00", "2002-09-13",
                    "666123|1|211366.97|138018.40|0.00", "777777|1|15000.00|11980.33|0.00");
            posted(f, "LinuxForHealth__x12__secondary-payment.edi", "0012524965", "TAXD", "1222.00", "2005-04-12",
                    "0001000053|2|751.50|310.00|220.00", "L0004828311|2|10323.64|912.00|0.00");
            posted(f, "LinuxForHealth__x12__tertiary-payment.edi", "0012524879", "TAXD", "187.50", "2005-04-12",
                    "0001000054|3|1766.50|187.50|0.00");
            posted(f, "azoner__pyx12__835_mult_loops.edi", "000000000", "MIMC", "0.00", "2004-10-28",
                    "2005555A|4|915.39|0.00|0.00");
            posted(f, "keironstoddart__edi-835-parser__emedny_sample.edi", "10100000000", "NYDOH", "45.75", "2010-01-01",
                    "PATIENT ACCOUNT NUMBER|1|34.25|34.25|0.00", "PATIENT ACCOUNT NUMBER|2|34.00|0.00|0.00",
                    "PATIENT ACCOUNT NUMBER|2|34.25|11.50|0.00");
            // UHC: TRN03 1234567890 is no payer's id; N1*PR N104 87726 is.
            posted(f, "keironstoddart__edi-835-parser__united_healthcare_legacy_sample.edi", "1234567890", "UHC", "349.99",
                    "2021-02-04", "001-18573-358|1|341.28|88.92|105.26", "001-18604-358|1|816.24|261.07|115.13");
            assertThat(f.string("SELECT era_payer_id FROM era_payments WHERE eft_trace = '1234567890'")).isEqualTo("87726");

            assertThat(f.count("SELECT COUNT(*) FROM remittances WHERE claim_id IS NULL AND source = 'ERA'")).isEqualTo(14);
            assertThat(f.sum("SELECT SUM(paid_amount) FROM remittances")).isEqualByComparingTo("152782.97");
            assertThat(f.count("SELECT COUNT(*) FROM exceptions WHERE reason_code = 'ERA_UNKNOWN_CLAIM'")).isEqualTo(14);
            assertThat(f.string("SELECT message FROM exceptions WHERE reason_code = 'ERA_UNKNOWN_CLAIM' AND record_ref = ?",
                    "LinuxForHealth__x12__tertiary-payment.edi:segment 16"))
                    .isEqualTo("claim 0001000054 is not known; 187.50 with trace 0012524879 is kept as unmatched money");

            // The Part A PLB (CV -1.27) is kept; it raised the payment to 150000.00.
            assertThat(f.strings("SELECT CONCAT(provider_id, '|', reason_code, '|', reference, '|', amount, '|', fiscal_period) "
                    + "FROM era_provider_adjustments")).containsExactly("6543210903|CV|CP|-1.27|2002-12-31");
            // Claim and line level CAS are kept: secondary-payment's second claim has 4 line-level triplets.
            assertThat(f.strings("SELECT CONCAT(a.group_code, a.reason_code, ' ', a.amount) FROM era_adjustments a "
                    + "JOIN era_service_lines l ON l.era_transaction_id = a.era_transaction_id AND l.claim_index = a.claim_index "
                    + "AND l.line_index = a.line_index WHERE l.claim_number = '0001000053' ORDER BY a.id"))
                    .containsExactly("OA23 136.50", "PR1 150.00", "PR2 70.00", "CO42 85.00");
            assertThat(f.count("SELECT COUNT(*) FROM era_service_lines WHERE claim_number = '2005555A'")).isEqualTo(3);

            // Quarantined whole: the 4010 file, the GS08 '5010' file and the bare ST..SE, each with its reason.
            assertThat(f.string("SELECT message FROM era_quarantine WHERE file_name = ?", "Inteligenz__X12Parser__835_DeIdent_01.edi"))
                    .isEqualTo("segment 2 (GS): unsupported version: GS08 is '999999X999X9' (ISA12 '99999'); only "
                            + "005010X221A1 is taken");
            assertThat(f.string("SELECT message FROM era_quarantine WHERE file_name = ?", "Inteligenz__X12Parser__Example1.edi"))
                    .isEqualTo("segment 2 (GS): unsupported version: GS08 is '5010' (ISA12 '00401'), a 4010 835; only "
                            + "005010X221A1 is taken");
            assertThat(f.string("SELECT message FROM era_quarantine WHERE file_name = ?",
                    "keironstoddart__edi-835-parser__blue_cross_nc_sample.edi"))
                    .isEqualTo("no ISA/GS envelope (a bare ST..SE): the version cannot be checked; only 005010X221A1 "
                            + "interchanges with ISA/GS are taken");
            assertThat(f.strings("SELECT CONCAT(file_name, ' ', status) FROM era_files WHERE status <> 'POSTED' ORDER BY file_name"))
                    .containsExactly("Inteligenz__X12Parser__835_DeIdent_01.edi QUARANTINED",
                            "Inteligenz__X12Parser__Example1.edi QUARANTINED",
                            "Inteligenz__X12Parser__ExampleFromNth.edi PARTIAL",
                            "keironstoddart__edi-835-parser__blue_cross_nc_sample.edi QUARANTINED");

            // The masked Medicaid file: 3 interchanges, each transaction's claims do not add up.
            assertThat(f.strings("SELECT CONCAT(ordinal, ' ', reason_code, ' ', amount) FROM era_quarantine "
                    + "WHERE file_name = 'Inteligenz__X12Parser__ExampleFromNth.edi' ORDER BY ordinal"))
                    .containsExactly("1 ERA_CLAIM_UNBALANCED 999.99", "2 ERA_CLAIM_UNBALANCED 9999.99",
                            "3 ERA_CLAIM_UNBALANCED 482.13");
            assertThat(f.string("SELECT message FROM era_quarantine WHERE file_name = ? AND ordinal = 1",
                    "Inteligenz__X12Parser__ExampleFromNth.edi")).startsWith("17 of 19 claims do not balance: claim "
                    + "9999999999-999 (segment 18): CLP03 999.99 - CAS 1099.98 = -99.99, but CLP04 is 0.00;");

            // The quarantine folder holds the original bytes: whole files as they were, transactions re-enveloped.
            List<Path> saved = f.quarantined();
            assertThat(saved).hasSize(6);
            Path deident = saved.stream().filter(p -> p.getFileName().toString().startsWith("Inteligenz__X12Parser__835_DeIdent_01."))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(deident)).isEqualTo(Files.readAllBytes(folder.resolve(
                    "Inteligenz__X12Parser__835_DeIdent_01.edi")));
            Path second = saved.stream().filter(p -> p.getFileName().toString().contains(".st2.ERA_CLAIM_UNBALANCED"))
                    .findFirst().orElseThrow();
            String text = Files.readString(second, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("ISA*00*").contains("ST*835*9001~").endsWith("GE*1*9~\nIEA*1*000000032~\n");
            assertThat(EraFileCheck.check(second).transactions()).isEqualTo(1);

            // Nothing about the patients is stored.
            assertThat(f.storedText()).doesNotContain("BURCK").doesNotContain("TOWNSEND").doesNotContain("BUDD")
                    .doesNotContain("987654321").doesNotContain("33344555510");

            // The same folder again: every file was taken; refused, nothing changes.
            Cli.Result again = f.importEra(folder);
            assertThat(again.exitCode()).isEqualTo(3);
            assertThat(again.err()).isEqualTo("All 12 files in incoming were already imported (same content); nothing to do.\n");
            Cli.Result one = f.importEra(folder.resolve("LinuxForHealth__x12__managed-care.edi"));
            assertThat(one.exitCode()).isEqualTo(3);
            assertThat(one.err()).isEqualTo("LinuxForHealth__x12__managed-care.edi was already imported (same content as "
                    + "LinuxForHealth__x12__managed-care.edi); nothing to do.\n");
            assertThat(f.count("SELECT COUNT(*) FROM remittances")).isEqualTo(14);
        }
    }

    private static void posted(EraFixture f, String file, String trace, String payerCode, String amount, String paidOn,
                               String... claims) {
        assertThat(f.strings("SELECT CONCAT(eft_trace, ' ', payer_code, ' ', amount, ' ', paid_on) FROM era_payments "
                + "WHERE source_file = ?", file)).as(file).containsExactly(trace + " " + payerCode + " " + amount + " " + paidOn);
        assertThat(f.strings("SELECT CONCAT(claim_number, '|', status_code, '|', charge_amount, '|', paid_amount, '|', "
                + "patient_responsibility) FROM remittances WHERE source_file = ? ORDER BY claim_number, status_code, "
                + "charge_amount", file)).as(file).containsExactly(claims);
        assertThat(f.strings("SELECT DISTINCT CONCAT(paid_on, ' ', eft_trace) FROM remittances WHERE source_file = ?", file))
                .as(file).containsExactly(paidOn + " " + trace);
        assertThat(f.string("SELECT status FROM era_files WHERE file_name = ?", file)).isEqualTo("POSTED");
    }
}
