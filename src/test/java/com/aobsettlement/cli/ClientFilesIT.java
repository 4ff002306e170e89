package com.aobsettlement.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.aobsettlement.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * allowLoadLocalInfile lets a server ask the driver for any client file by name. A real MariaDB
 * asks for one here (the statement names a file, as an impersonating server would in its answer to
 * any statement): with the application's URL the server receives no bytes; with the driver option
 * alone it receives the file, so the empty result is the guard's doing. The application's own
 * LOAD DATA from memory still works on the same connection.
 */
class ClientFilesIT {
    @Test
    void aServerThatAsksForAClientFileGetsNothing(@TempDir Path work) throws Exception {
        Path secret = Files.writeString(work.resolve("secret.txt"), "not for the server\n");
        String load = "LOAD DATA LOCAL INFILE '" + secret + "' INTO TABLE client_files (line)";
        try (TestDatabase db = TestDatabase.mariadb()) {
            db.jdbc().execute("CREATE TABLE client_files (line VARCHAR(100))");

            JdbcTemplate unguarded = db.jdbc("allowLoadLocalInfile=true");
            assertThat(unguarded.update(load)).as("the driver option alone sends the file").isEqualTo(1);
            assertThat(unguarded.queryForList("SELECT line FROM client_files", String.class)).containsExactly("not for the server");
            unguarded.update("DELETE FROM client_files");

            var settings = db.settings(work);
            JdbcTemplate app = new JdbcTemplate(new DriverManagerDataSource(DatabaseSettings.tune(db.url()),
                    settings.get("AOB_DB_USER"), settings.get("AOB_DB_PASSWORD")));
            assertThat(app.update(load)).as("rows the server got from the file").isZero();
            assertThat(app.queryForObject("SELECT COUNT(*) FROM client_files", Integer.class)).isZero();

            // The bulk rows' path: a stream set on the statement is what the server receives.
            Integer loaded = app.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) c -> {
                try (var st = c.createStatement()) {
                    st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(
                            new java.io.ByteArrayInputStream("from memory\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    int rows = st.executeUpdate("LOAD DATA LOCAL INFILE 'aob-bulk-rows' INTO TABLE client_files (line)");
                    st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(null);
                    // and after it, on the same connection, a file asked for by name is again not sent
                    return rows + st.executeUpdate(load);
                }
            });
            assertThat(loaded).isEqualTo(1);
            assertThat(app.queryForList("SELECT line FROM client_files", String.class)).containsExactly("from memory");
        }
    }
}
