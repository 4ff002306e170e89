package com.aobsettlement.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Not a test (no JUnit, the suite does not run it): times reading a whole CSV file to records, every
 * field a String as the import needs, with the hand-written reader FastCSV replaced
 * ({@link HandWrittenCsvReader}) and with {@link CsvReader} (FastCSV), alternately in one JVM after a
 * warm-up, and prints the median seconds of each and their ratio. The machine may be shared:
 * alternating keeps a change of load from favouring one side.
 *
 * <pre>
 * mvn -B -o -q -DskipTests package   # then a 1,000,000-claim file (about 2 million lines):
 * java -jar target/aob-settlement.jar demo-data /tmp/csvbench/demo --claims 1000000 --seed 1
 * mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=/tmp/csvbench/cp.txt
 * java -Xmx512m -cp target/test-classes:target/classes:$(cat /tmp/csvbench/cp.txt) \
 *     com.aobsettlement.imports.CsvReaderBench /tmp/csvbench/demo/assignments.csv 5
 * </pre>
 */
public final class CsvReaderBench {

    interface Source extends Closeable {
        CsvRecord next() throws IOException;
    }

    interface Opener {
        Source open(InputStream in) throws IOException;
    }

    /**
     * What a read gives: records, characters of all fields and the sum of the lines (the same on both
     * sides), wall-clock seconds and the CPU seconds of the reading thread (less touched by other load).
     */
    record Result(long records, long chars, long lines, double seconds, double cpuSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/csvbench/demo/assignments.csv");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Opener hand = in -> {
            HandWrittenCsvReader r = new HandWrittenCsvReader(in, "f.csv");
            return new Source() {
                public CsvRecord next() throws IOException {
                    return r.next();
                }

                public void close() throws IOException {
                    r.close();
                }
            };
        };
        Opener fast = in -> {
            CsvReader r = new CsvReader(in, "f.csv");
            return new Source() {
                public CsvRecord next() throws IOException {
                    return r.next();
                }

                public void close() throws IOException {
                    r.close();
                }
            };
        };
        System.out.printf("%s, %,d bytes, %d rounds, Java %s%n", file, Files.size(file), rounds, Runtime.version());
        // warm-up: each side twice
        for (int i = 0; i < 2; i++) {
            print("warm-up hand-written", read(file, hand));
            print("warm-up FastCSV", read(file, fast));
        }
        double[] handTimes = new double[rounds];
        double[] fastTimes = new double[rounds];
        double[] handCpu = new double[rounds];
        double[] fastCpu = new double[rounds];
        double[] ratios = new double[rounds];
        Result first = null;
        for (int i = 0; i < rounds; i++) {
            Result a = read(file, hand);
            Result b = read(file, fast);
            print("round " + (i + 1) + " hand-written", a);
            print("round " + (i + 1) + " FastCSV", b);
            if (a.records() != b.records() || a.chars() != b.chars() || a.lines() != b.lines()) {
                throw new IllegalStateException("the readers disagree: " + a + " vs " + b);
            }
            first = a;
            handTimes[i] = a.seconds();
            fastTimes[i] = b.seconds();
            handCpu[i] = a.cpuSeconds();
            fastCpu[i] = b.cpuSeconds();
            ratios[i] = b.seconds() / a.seconds();
        }
        double h = median(handTimes);
        double f = median(fastTimes);
        System.out.printf("%,d records; median of %d rounds: hand-written %.3f s, FastCSV %.3f s, FastCSV / hand-written = %.3f%n",
                first.records(), rounds, h, f, f / h);
        System.out.printf("median of the rounds' ratios %.3f; CPU seconds: hand-written %.3f, FastCSV %.3f, ratio %.3f%n",
                median(ratios), median(handCpu), median(fastCpu), median(fastCpu) / median(handCpu));
    }

    static Result read(Path file, Opener opener) throws IOException {
        System.gc();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long records = 0;
        long chars = 0;
        long lines = 0;
        try (InputStream in = Files.newInputStream(file); Source source = opener.open(in)) {
            CsvRecord r;
            while ((r = source.next()) != null) {
                records++;
                lines += r.line();
                List<String> fields = r.fields();
                for (int i = 0; i < fields.size(); i++) {
                    chars += fields.get(i).length();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(records, chars, lines, seconds, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    static void print(String what, Result r) {
        System.out.printf("%-24s %.3f s, CPU %.3f s (%,d records)%n", what, r.seconds(), r.cpuSeconds(), r.records());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
