package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.Cli;
import com.aobsettlement.support.Scenario;
import com.aobsettlement.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `settle --through` on MariaDB over Thanksgiving week 2026 (Thursday Nov 26 a federal holiday, Friday Nov 27
 * a business day, DOMAIN.md §7.2): the catch-up settles exactly the business dates, in order, stops at a
 * failure naming the date, resumes with the same command, and writes daily report folders equal byte for
 * byte to those of settling the dates one by one.
 */
class SettleThroughIT {
    private static final List<String> BUSINESS_DATES = List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27",
            "2026-11-30", "2026-12-01");

    private static Cli cli(TestDatabase db, Path work) {
        Map<String, String> settings = new HashMap<>(db.settings(work));
        settings.put("AOB_CHUNK_SIZE", "40");
        settings.put("aob.test.today", "2026-12-01");
        return new Cli(settings);
    }

    @Test
    void thanksgivingWeekCaughtUpEqualsTheDatesSettledOneByOne(@TempDir Path work) throws IOException {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "300", "--seed", "1126");
        try (TestDatabase byDay = TestDatabase.mariadb(); TestDatabase caughtUp = TestDatabase.mariadb()) {
            Path dayWork = work.resolve("by-day");
            Cli oneByOne = cli(byDay, dayWork);
            Scenario.importFolder(oneByOne, data);
            Map<String, String> printedByDay = new HashMap<>();
            for (String date : BUSINESS_DATES) {
                printedByDay.put(date, oneByOne.ok("settle", "--date", date).out());
            }
            int firstDay = byDay.jdbc().queryForObject("SELECT COUNT(*) FROM settlements WHERE business_date = '2026-11-23'",
                    Integer.class);

            Path upWork = work.resolve("caught-up");
            Cli catchUp = cli(caughtUp, upWork);
            Scenario.importFolder(catchUp, data);
            // the second date's run fails in its first chunk: the catch-up stops there, naming it
            Cli.Result failed = catchUp.run(Map.of("aob.fault.fail-after-claims", String.valueOf(firstDay + 1)),
                    "settle", "--through", "2026-12-01", "--from", "2026-11-23");
            assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
            assertThat(failed.err()).contains("Catching up 6 business dates: 2026-11-23, 2026-11-24, 2026-11-25, 2026-11-27, "
                    + "2026-11-30, 2026-12-01")
                    .contains("The catch-up stopped at 2026-11-24 (settled before it: 2026-11-23). Resume it from 2026-11-24 with: "
                            + "java -jar aob-settlement.jar settle --through 2026-12-01");
            assertThat(failed.out()).contains("== 2026-11-23 (1 of 6)").contains("== 2026-11-24 (2 of 6)")
                    .doesNotContain("== 2026-11-25");
            assertThat(tableRows(failed.out())).containsExactly("2026-11-23 COMPLETED " + firstDay, "2026-11-24 FAILED");

            Cli.Result resumed = catchUp.ok("settle", "--through", "2026-12-01");
            assertThat(resumed.err()).contains("Catching up 5 business dates: 2026-11-24, 2026-11-25, 2026-11-27, 2026-11-30, "
                    + "2026-12-01");
            assertThat(tableRows(resumed.out())).containsExactly(BUSINESS_DATES.subList(1, BUSINESS_DATES.size()).stream()
                    .map(date -> date + " COMPLETED " + byDay.jdbc().queryForObject("SELECT COUNT(*) FROM settlements WHERE "
                            + "business_date = ?", Integer.class, date)).toArray(String[]::new));
            // each date's summary is the one `settle --date` prints
            for (String date : BUSINESS_DATES.subList(1, BUSINESS_DATES.size())) {
                String alone = normalized(printedByDay.get(date), dayWork);
                assertThat(normalized(resumed.out(), upWork)).as(date).contains(alone);
            }

            // the holiday and the weekend have no run; every file of every date equals the one-by-one run's
            assertThat(folders(upWork)).isEqualTo(BUSINESS_DATES).isEqualTo(folders(dayWork));
            int files = 0;
            for (String date : BUSINESS_DATES) {
                Path mine = upWork.resolve("reports/daily").resolve(date);
                Path theirs = dayWork.resolve("reports/daily").resolve(date);
                assertThat(names(mine)).as(date).isEqualTo(names(theirs)).hasSize(4);
                for (String name : names(mine)) {
                    assertThat(Files.readAllBytes(mine.resolve(name))).as(date + "/" + name)
                            .isEqualTo(Files.readAllBytes(theirs.resolve(name)));
                    files++;
                }
            }
            assertThat(files).isEqualTo(24);
            assertThat(dates(caughtUp)).isEqualTo(dates(byDay)).isEqualTo(BUSINESS_DATES);

            // nothing is run twice
            assertThat(catchUp.ok("settle", "--through", "2026-12-01").out())
                    .isEqualTo("Settled through 2026-12-01 already; nothing to do.\n");
            assertThat(catchUp.ok("status").out()).contains("Last settled business date: 2026-12-01\n")
                    .contains("Backlog: none (up to date)\n").contains("Schedule (serve): no serve process is running\n");
        }
    }

    @Test
    void aMissedDateInAClosedMonthIsRefusedAndNamed(@TempDir Path work) {
        Path data = work.resolve("data");
        new Cli(Map.of()).ok("demo-data", data.toString(), "--claims", "30", "--seed", "3");
        try (TestDatabase db = TestDatabase.mariadb()) {
            Cli cli = cli(db, work);
            Scenario.importFolder(cli, data);
            cli.ok("settle", "--date", "2026-11-24");
            cli.ok("reconcile", "--month", "2026-11");
            assertThat(cli.ok("status").out()).contains("Backlog: 3 business dates due and not settled: 2026-11-25, 2026-11-27, "
                    + "2026-11-30\n  Catch up with: java -jar aob-settlement.jar settle --through 2026-11-30\n");
            Cli.Result refused = cli.run("settle", "--through", "2026-12-01");
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
            assertThat(refused.err()).isEqualTo("2026-11-25 was never settled and is in 2026-11, a closed month: a catch-up does "
                    + "not skip it. Reopen the month to settle it (reconcile --month 2026-11 --reopen --preview), then run this "
                    + "command again.\n");
            assertThat(folders(work)).containsExactly("2026-11-24");
        }
    }

    /** The rows of the closing table: date and status. */
    private static List<String> tableRows(String out) {
        String table = out.substring(out.lastIndexOf("business date"));
        return table.lines().skip(2).map(String::trim).filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d .*"))
                .map(l -> l.split("\\s+")).map(c -> c[0] + " " + (c[1].equals("FAILED") || c[1].equals("REFUSED") ? c[1]
                        : c[2] + " " + c[3])).toList();
    }

    private static String normalized(String printed, Path work) {
        return printed.replaceAll("\\(execution \\d+\\)", "(execution N)").replace(work.toAbsolutePath().normalize().toString(), "WORK");
    }

    private static List<String> dates(TestDatabase db) {
        return db.jdbc().queryForList("SELECT DISTINCT business_date FROM settlements ORDER BY business_date", String.class);
    }

    private static List<String> folders(Path work) {
        return names(work.resolve("reports/daily"));
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
