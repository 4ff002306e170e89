package com.aobsettlement.era;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 835 import benchmark (README "Importing 835 files"): generates 100,000 claims and an 835 file
 * paying each of them (100 payments of 1,000 claims in one interchange), then runs the real jar in a
 * forked JVM with the heap capped at 256 MB and reports claims per second. JDK only, so it runs
 * from target/test-classes:
 *
 * <pre>
 *   mvn -q -B -DskipTests package test-compile
 *   java -cp target/test-classes com.aobsettlement.era.EraBench [DIR] [CLAIMS] [CLAIMS_PER_PAYMENT]
 * </pre>
 *
 * The database is AOB_DB_URL when set, else a new MariaDB database on 127.0.0.1:3306 (user root),
 * dropped at the end when the `mariadb` client is on the PATH.
 */
public final class EraBench {
    private EraBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("era-bench");
        int claims = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int perPayment = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Files.createDirectories(dir);
        String database = "aob_bench_" + System.currentTimeMillis();
        String url = System.getenv().getOrDefault("AOB_DB_URL",
                "jdbc:mysql://127.0.0.1:3306/" + database + "?createDatabaseIfNotExist=true");

        Files.writeString(dir.resolve("providers.csv"), "npi,name,fee_pct,payment_route\n1234567893,Bench Practice,0.06,"
                + "PROVIDER_ACCOUNT\n");
        Files.writeString(dir.resolve("payers.csv"), "payer_code,name,payer_type,era_payer_id,allowed_pct,prompt_pay_days,"
                + "prompt_pay_day_kind,interest_apr,appeal_window_days,timely_filing,tolerance_abs,tolerance_pct,"
                + "sequestration_pct,nsa_applies,effective_from\nP1,Bench Payer,COMMERCIAL_ERISA,P1ERA,0.80,30,CALENDAR,0.12,180,"
                + "P180D,1.00,0.01,0,false,2020-01-01\n");
        try (Writer w = Files.newBufferedWriter(dir.resolve("assignments.csv"))) {
            w.write("claim_number,assignment_ref,provider_npi,payer_code,patient_ref,network,service_date,authorized_at,"
                    + "submitted_at,line_no,procedure_code,units,billed_amount\n");
            for (int i = 1; i <= claims; i++) {
                w.write(String.format("B%07d,AOB-%07d,1234567893,P1,PT-%07d,IN,2026-10-20,2026-10-20T09:15:30-04:00,"
                        + "2026-11-01T10:00:00-05:00,1,99213,1,200.00%n", i, i, i));
            }
        }
        Path era = dir.resolve("bench.835");
        writeEra(era, claims, perPayment);
        System.out.printf("835 file: %s, %,d bytes, %,d claims in %,d payments%n", era, Files.size(era), claims,
                (claims + perPayment - 1) / perPayment);

        for (String kind : List.of("providers", "payers", "assignments")) {
            run(dir, url, "import", kind, dir.resolve(kind + ".csv").toString());
        }
        long started = System.nanoTime();
        run(dir, url, "import", "era", era.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import era of %,d claims with -Xmx256m: %.1f s including JVM start, %,.0f claims/s%n", claims,
                seconds, claims / seconds);
        if (!System.getenv().containsKey("AOB_DB_URL")) {
            try {
                new ProcessBuilder("mariadb", "-uroot", "-e", "DROP DATABASE " + database).inheritIO().start().waitFor();
            } catch (IOException e) {
                System.out.println("drop the database " + database + " yourself (no mariadb client): " + e.getMessage());
            }
        }
    }

    /** Each claim: billed 200.00, patient responsibility 30.00 (PR 2), contractual 40.00 (CO 45), paid 130.00. */
    static void writeEra(Path file, int claims, int perPayment) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            w.write(Edi.isa(1));
            w.write(Edi.gs(1, "005010X221A1"));
            int payments = 0;
            for (int first = 1; first <= claims; first += perPayment) {
                int last = Math.min(claims, first + perPayment - 1);
                payments++;
                List<String> body = new ArrayList<>();
                for (int i = first; i <= last; i++) {
                    body.addAll(Edi.claim(String.format("B%07d", i), "1", "200.00", "130.00", "30.00", "ICN" + i,
                            "PR*2*30.00", "CO*45*40.00"));
                }
                String amount = String.format("%d.00", 130L * (last - first + 1));
                w.write(Edi.transaction(String.format("%04d", payments), amount, "20261120", "BENCH" + payments, "P1ERA", body));
            }
            w.write("GE*" + payments + "*1~\nIEA*1*000000001~\n");
        }
    }

    private static void run(Path dir, String url, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", Path.of("target/aob-settlement.jar")
                .toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        pb.environment().put("AOB_DB_URL", url);
        pb.environment().putIfAbsent("AOB_DB_USER", "root");
        pb.environment().putIfAbsent("AOB_DB_PASSWORD", "");
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", args) + " exited with " + exit);
        }
    }
}
