package com.aobsettlement.demo;

import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.Npi;
import com.aobsettlement.imports.Columns;
import com.aobsettlement.reports.csv.CsvFileWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic, generated data set (no real people): providers, payers, a fee schedule,
 * claims under AOB and remittances, with the outcomes a billing service sees: paid in full,
 * underpaid, overpaid, denied, paid late, not paid, reversed and corrected, not yet submitted, and
 * two bad rows that the import rejects. The same seed and size give the same files.
 */
public final class DemoDataGenerator {
    /** The business date the demo data is made for. */
    public static final LocalDate BUSINESS_DATE = LocalDate.parse("2026-11-26");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** A procedure the demo bills: its price per unit, Medicare's fee schedule amount, and whether it is billed in timed units. */
    private record Procedure(String code, String billed, String medicareFee, boolean timedUnits) {
    }

    private static final List<Procedure> PROCEDURES = List.of(new Procedure("99213", "150.00", "92.00", false),
            new Procedure("99214", "220.00", "130.00", false), new Procedure("99203", "180.00", "110.00", false),
            new Procedure("93000", "60.00", "17.00", false), new Procedure("36415", "25.00", "3.00", false),
            new Procedure("97110", "95.00", "29.00", true), new Procedure("71046", "120.00", "31.00", false));

    private record PayerSpec(String code, String type, String eraId, String allowedPct, String apr, String sequestration,
                             boolean nsa) {
    }

    private static final List<PayerSpec> PAYERS = List.of(
            new PayerSpec("MCR", "MEDICARE", "MCR01", "", "0.045", "", false),
            new PayerSpec("MCD", "MEDICAID", "MCD01", "0.60", "0.05", "", false),
            new PayerSpec("ERISA1", "COMMERCIAL_ERISA", "ERISA1", "0.80", "0.12", "", false),
            new PayerSpec("TXSTATE", "COMMERCIAL_STATE", "TXS01", "0.85", "0.18", "", true),
            new PayerSpec("MAPLAN", "MEDICARE_ADVANTAGE", "MAP01", "0.82", "0.045", "", false));

    private DemoDataGenerator() {
    }

    public record Summary(int claims, int lines, int remittances) {
    }

    public static Summary write(Path dir, int claimCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> npis = new ArrayList<>();
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("providers.csv"), Columns.PROVIDERS)) {
            String[] names = {"Riverside Family Practice", "Lakeview Cardiology", "Northgate Physical Therapy", "Elm Street Pediatrics"};
            for (int i = 0; i < names.length; i++) {
                String first9 = String.format("1%08d", 10_000 + i * 7_919);
                String npi = first9 + Npi.checkDigit(first9);
                npis.add(npi);
                out.row(List.of(npi, names[i], i == 1 ? "0.07" : "0.06", i == 2 ? "AGENT_ACCOUNT" : "PROVIDER_ACCOUNT"));
            }
            out.commit();
        }
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("payers.csv"), Columns.PAYERS)) {
            for (PayerSpec p : PAYERS) {
                out.row(List.of(p.code(), p.code() + " Health Plan", p.type(), p.eraId(), p.allowedPct(), "", "", p.apr(), "", "",
                        "", "", p.sequestration(), p.nsa() ? "true" : "", "2020-01-01"));
            }
            out.commit();
        }
        try (CsvFileWriter out = new CsvFileWriter(dir.resolve("fee_schedule.csv"), Columns.FEE_SCHEDULE)) {
            for (Procedure p : PROCEDURES) {
                out.row(List.of("MCR", p.code(), p.medicareFee(), "2026-01-01", ""));
            }
            out.commit();
        }
        int lines = 0;
        int remits = 0;
        try (CsvFileWriter claims = new CsvFileWriter(dir.resolve("assignments.csv"), Columns.ASSIGNMENTS);
             CsvFileWriter remittances = new CsvFileWriter(dir.resolve("remittances.csv"), Columns.REMITTANCES)) {
            for (int c = 1; c <= claimCount; c++) {
                String number = String.format("CLM%07d", c);
                PayerSpec payer = PAYERS.get(random.nextInt(PAYERS.size()));
                String npi = npis.get(random.nextInt(npis.size()));
                LocalDate service = BUSINESS_DATE.minusDays(20 + random.nextInt(150));
                ZonedDateTime authorized = service.atTime(8, random.nextInt(60), random.nextInt(60)).atZone(ZONE)
                        .plusNanos(random.nextInt(1000) * 1_000_000L);
                int roll = random.nextInt(100);
                boolean unsubmitted = roll < 4 || c == 5;
                ZonedDateTime submitted = service.plusDays(1 + random.nextInt(8)).atTime(17, 30).atZone(ZONE);
                String network = payer.nsa() && random.nextInt(4) == 0 ? "OUT" : "IN";
                String authorizedText = c == 7 ? service.toString() : authorized.toOffsetDateTime().toString();
                String payerCode = c == 11 ? "NOPAYER" : payer.code();
                String patientRef = String.format("PT%08X", random.nextInt());
                int lineCount = 1 + random.nextInt(3);
                BigDecimal billed = Money.ZERO;
                BigDecimal allowed = Money.ZERO;
                for (int l = 1; l <= lineCount; l++) {
                    Procedure procedure = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
                    int units = procedure.timedUnits() ? 1 + random.nextInt(3) : 1;
                    BigDecimal lineBilled = new BigDecimal(procedure.billed()).multiply(BigDecimal.valueOf(units));
                    billed = billed.add(lineBilled);
                    BigDecimal lineAllowed = payer.code().equals("MCR")
                            ? new BigDecimal(procedure.medicareFee()).multiply(BigDecimal.valueOf(units))
                            : Money.round(lineBilled.multiply(new BigDecimal(payer.allowedPct())));
                    allowed = allowed.add(lineAllowed.min(lineBilled));
                    claims.row(List.of(number, "AOB-" + number, npi, payerCode, patientRef, network,
                            service.toString(), authorizedText, unsubmitted ? "" : submitted.toOffsetDateTime().toString(),
                            Integer.toString(l), procedure.code(), Integer.toString(units), Money.format(lineBilled)));
                    lines++;
                }
                if (unsubmitted || roll >= 85) {
                    continue; // no remittance yet
                }
                BigDecimal patientResp = Money.round(allowed.multiply(new BigDecimal("0.2")));
                BigDecimal sequestration = payer.type().startsWith("MEDICARE") ? new BigDecimal("0.98") : BigDecimal.ONE;
                BigDecimal expected = Money.round(allowed.subtract(patientResp).multiply(sequestration));
                LocalDate due = submitted.toLocalDate().plusDays(30);
                LocalDate paidOn = submitted.toLocalDate().plusDays(10 + random.nextInt(15));
                String trace = String.format("EFT%s%04d", paidOn.toString().replace("-", ""), random.nextInt(10_000));
                BigDecimal paid = expected;
                String status = "1";
                if (roll < 14) {
                    paid = Money.round(expected.multiply(new BigDecimal("0.85")));        // underpaid
                } else if (roll < 18) {
                    paid = expected.add(new BigDecimal("25.00"));                        // overpaid
                } else if (roll < 24) {
                    paid = Money.ZERO;                                                    // denied
                    status = "4";
                } else if (roll < 32) {
                    paidOn = due.plusDays(5 + random.nextInt(40));                        // paid late
                } else if (roll < 35) {
                    // paid short, then reversed and paid again in full
                    BigDecimal first = Money.round(expected.multiply(new BigDecimal("0.70")));
                    remittances.row(remit(number, "1", billed, first, patientResp, paidOn, trace));
                    LocalDate later = paidOn.plusDays(7);
                    String trace2 = String.format("EFT%s%04d", later.toString().replace("-", ""), random.nextInt(10_000));
                    remittances.row(remit(number, "22", billed.negate(), first.negate(), patientResp.negate(), later, trace2));
                    paidOn = later;
                    trace = trace2;
                    remits += 2;
                }
                if (paidOn.isAfter(BUSINESS_DATE.plusDays(3))) {
                    paidOn = BUSINESS_DATE.plusDays(1 + random.nextInt(3)); // imported ahead of its date
                }
                remittances.row(remit(number, status, billed, paid, status.equals("4") ? Money.ZERO : patientResp, paidOn, trace));
                remits++;
            }
            claims.commit();
            remittances.commit();
        }
        return new Summary(claimCount, lines, remits);
    }

    private static List<String> remit(String number, String status, BigDecimal charge, BigDecimal paid, BigDecimal patientResp,
                                      LocalDate paidOn, String trace) {
        return List.of(number, status, Money.format(charge), Money.format(paid), Money.format(patientResp), "0.00",
                paidOn.toString(), trace);
    }
}
