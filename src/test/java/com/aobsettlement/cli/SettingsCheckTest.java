package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aobsettlement.support.Inaccessible;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders and the database URL are checked before anything starts: exit 2 and one plain line each. */
class SettingsCheckTest {
    static final String DO = ". Set %s to a folder this user can write to (it is created when missing).";

    static Map<String, String> settings(Path work) {
        Map<String, String> settings = new HashMap<>();
        settings.put("AOB_DB_URL", "jdbc:mysql://127.0.0.1:9/none");
        settings.put("AOB_REPORTS_DIR", work.resolve("reports").toString());
        settings.put("AOB_LOG_DIR", work.resolve("logs").toString());
        settings.put("AOB_QUARANTINE_DIR", work.resolve("quarantine").toString());
        return settings;
    }

    static Map<String, String> with(Path work, String name, String value) {
        Map<String, String> settings = settings(work);
        settings.put(name, value);
        return settings;
    }

    @Test
    void aReportsFolderThatIsAFile(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("reports.txt"), "x");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_REPORTS_DIR", file.toString())))
                .isInstanceOf(UsageException.class)
                .hasMessage("AOB_REPORTS_DIR " + file + " is a file, not a folder" + DO.formatted("AOB_REPORTS_DIR"));
    }

    @Test
    void aLogFolderThatCannotBeWritten(@TempDir Path work) {
        Path folder = Inaccessible.folder(work);
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_LOG_DIR", folder.toString())))
                .hasMessage("AOB_LOG_DIR " + folder + " is not writable" + DO.formatted("AOB_LOG_DIR"));
        Path inside = folder.resolve("aob-logs");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_LOG_DIR", inside.toString())))
                .hasMessage("AOB_LOG_DIR " + inside + " cannot be created (" + folder + " is not writable)"
                        + DO.formatted("AOB_LOG_DIR"));
    }

    @Test
    void aQuarantineFolderThatCannotBeCreated(@TempDir Path work) throws Exception {
        Path file = Files.writeString(work.resolve("plain-file"), "x");
        Path under = file.resolve("quarantine");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_QUARANTINE_DIR", under.toString())))
                .hasMessage("AOB_QUARANTINE_DIR " + under + " cannot be created (" + file + " is a file)"
                        + DO.formatted("AOB_QUARANTINE_DIR"));
    }

    @Test
    void foldersThatExistOrCanBeCreatedPass_andNothingIsLeftInThem(@TempDir Path work) throws Exception {
        Files.createDirectories(work.resolve("reports"));
        Map<String, String> settings = with(work, "AOB_QUARANTINE_DIR", work.resolve("a/b/quarantine").toString());
        assertThatCode(() -> SettingsCheck.validate(settings)).doesNotThrowAnyException();
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("reports");
        }
        try (var files = Files.list(work.resolve("reports"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aSettlementTimeThatIsNoTimeOfDay(@TempDir Path work) {
        for (String text : new String[] {"8:30pm", "24:00", "20.30", "20:3"}) {
            assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_SETTLE_AT", text))).as(text)
                    .hasMessage("AOB_SETTLE_AT '" + text + "' is not a time of day. Use HH:MM (24 hours, in AOB_ZONE), e.g. 20:30.");
        }
        assertThatCode(() -> SettingsCheck.validate(with(work, "AOB_SETTLE_AT", "06:05"))).doesNotThrowAnyException();
    }

    @Test
    void remoteDurationsThatAreNoDuration() {
        for (String name : new String[] {"AOB_REMOTE_TIMEOUT", "AOB_REMOTE_POLL"}) {
            for (String text : new String[] {"forever", "", " ", "0", "0s", "000m", "0S", "0MS", "-1s", "1.5h", "1d", "2 h",
                    "1234567890s"}) {
                assertThatThrownBy(() -> SettingsCheck.remote(Map.of(name, text), false, false)).as(name + "=" + text)
                        .isInstanceOf(UsageException.class)
                        .hasMessage(name + " '" + text + "' must be a duration such as 90s, 30m or 2h.");
            }
            assertThatThrownBy(() -> SettingsCheck.remote(Map.of(name, "1\u0000s"), false, false))
                    .hasMessage(name + " '1\\x00s' must be a duration such as 90s, 30m or 2h.");
            for (String text : new String[] {"90", "90s", "500ms", "30m", " 2H ", "123456789h"}) {
                assertThatCode(() -> SettingsCheck.remote(Map.of(name, text), false, false)).as(name + "=" + text)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void unsupportedDatabases(@TempDir Path work) {
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_DB_URL", "jdbc:postgresql://db.example:5432/aob")))
                .hasMessage("PostgreSQL is not supported: use MySQL 8 / MariaDB 10.11+, or leave AOB_DB_URL unset for the "
                        + "embedded database.");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_DB_URL", "jdbc:sqlserver://db:1433;databaseName=aob")))
                .hasMessage("SQL Server is not supported: use MySQL 8 / MariaDB 10.11+, or leave AOB_DB_URL unset for the "
                        + "embedded database.");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_DB_URL", "jdbc:mariadb://127.0.0.1:3306/aob")))
                .hasMessage("jdbc:mariadb: URLs need the MariaDB driver, which is not included: write the URL as "
                        + "jdbc:mysql://HOST:PORT/DATABASE (the MySQL driver serves MariaDB 10.11+ too).");
        assertThatThrownBy(() -> SettingsCheck.validate(with(work, "AOB_DB_URL", "jdbc:foo\u0000db://x")))
                .hasMessage("jdbc:foo\\x00db: is not supported: use MySQL 8 / MariaDB 10.11+, or leave AOB_DB_URL unset for "
                        + "the embedded database.");
        for (String url : new String[] {"jdbc:mysql://127.0.0.1:3306/aob", "jdbc:h2:file:./data/aob;MODE=MySQL", ""}) {
            assertThatCode(() -> SettingsCheck.validate(with(work, "AOB_DB_URL", url))).as(url).doesNotThrowAnyException();
        }
    }

    @Test
    void theCommandLineStopsWithOneLineAndExit2_beforeLoggingStarts(@TempDir Path work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AobSettlementCli.run(new String[] {"status"}, with(work, "AOB_DB_URL", "jdbc:postgresql://localhost/aob"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("PostgreSQL is not supported: use MySQL 8 / MariaDB 10.11+, "
                + "or leave AOB_DB_URL unset for the embedded database.\n");
        assertThat(work.resolve("logs")).doesNotExist();
    }
}
