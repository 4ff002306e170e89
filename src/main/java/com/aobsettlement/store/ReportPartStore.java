package com.aobsettlement.store;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The committed state of each partition's settlements.csv part ({@code settlement_report_parts}): how many
 * files it has begun ({@code runs}, -1 when the part is given up), the committed length of its last file,
 * its rows in all, the last claim number written, and the sum of its rows' checksums
 * ({@code SettlementParts.checksum}). Saved in each chunk's transaction.
 */
@Repository
public class ReportPartStore {

    public record PartState(String part, int runs, long bytes, long rows, String lastKey, long checksum) {
        public static PartState empty(String part) {
            return new PartState(part, 0, 0, 0, null, 0);
        }

        public boolean usable() {
            return runs >= 0;
        }

        public PartState givenUp() {
            return new PartState(part, -1, 0, rows, null, 0);
        }
    }

    private static final String COLUMNS = "part, runs, bytes, row_count, last_key, checksum";

    private final JdbcTemplate jdbc;

    public ReportPartStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The part's committed state, made empty if it has none yet. */
    public PartState claim(LocalDate date, String part) {
        List<PartState> found = jdbc.query("SELECT " + COLUMNS + " FROM settlement_report_parts "
                + "WHERE business_date = ? AND part = ?", ReportPartStore::map, date, part);
        if (!found.isEmpty()) {
            return found.get(0);
        }
        jdbc.update("INSERT INTO settlement_report_parts (business_date, part, runs, bytes, row_count, last_key, "
                + "checksum) VALUES (?, ?, 0, 0, 0, NULL, 0)", date, part);
        return PartState.empty(part);
    }

    /** Saves a part's state; called inside the chunk's transaction, so it commits or rolls back with the chunk. */
    public void save(LocalDate date, PartState state) {
        int updated = jdbc.update("UPDATE settlement_report_parts SET runs = ?, bytes = ?, row_count = ?, last_key = ?, "
                + "checksum = ? WHERE business_date = ? AND part = ?", state.runs(), state.bytes(), state.rows(),
                state.lastKey(), state.checksum(), date, state.part());
        if (updated != 1) {
            throw new IllegalStateException("settlement report part " + state.part() + " of " + date + " is not recorded");
        }
    }

    public List<PartState> forDate(LocalDate date) {
        return jdbc.query("SELECT " + COLUMNS + " FROM settlement_report_parts WHERE business_date = ? ORDER BY part",
                ReportPartStore::map, date);
    }

    private static PartState map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new PartState(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getLong(6));
    }

    public void delete(LocalDate date) {
        jdbc.update("DELETE FROM settlement_report_parts WHERE business_date = ?", date);
    }
}
