package com.aobsettlement.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The files each import kind has taken, by SHA-256 of their content. */
@Repository
public class ImportFileStore {
    private final JdbcTemplate jdbc;

    public ImportFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record ImportedFile(String fileName, long jobExecutionId, Instant importedAt) {
    }

    public Optional<ImportedFile> find(String kind, String sha256) {
        List<ImportedFile> found = jdbc.query("SELECT file_name, job_execution_id, imported_at FROM import_files "
                        + "WHERE kind = ? AND sha256 = ?",
                (rs, i) -> new ImportedFile(rs.getString(1), rs.getLong(2), Sql.instant(rs, 3)), kind, sha256);
        return found.stream().findFirst();
    }

    public void record(String kind, String sha256, String fileName, long jobExecutionId) {
        jdbc.update("INSERT INTO import_files (sha256, kind, file_name, job_execution_id, imported_at) VALUES (?,?,?,?,?)",
                sha256, kind, fileName, jobExecutionId, Sql.utcText(Instant.now()));
    }
}
