package com.aobsettlement.store;

import com.aobsettlement.domain.DisputeAction;
import com.aobsettlement.domain.DisputeKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Staff actions on disputes, imported and then applied by a settlement run. */
@Repository
public class DisputeActionStore {
    private final JdbcTemplate jdbc;

    public DisputeActionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record StoredAction(long id, long claimId, String claimNumber, DisputeKind kind, DisputeAction action,
                               LocalDate actionDate, String sourceRef) {
    }

    public void insert(List<StoredAction> actions) {
        jdbc.batchUpdate("INSERT INTO dispute_actions (claim_id, claim_number, kind, action, action_date, source_ref) "
                + "VALUES (?,?,?,?,?,?)", actions, 500, (ps, a) -> {
                    ps.setLong(1, a.claimId());
                    ps.setString(2, a.claimNumber());
                    ps.setString(3, a.kind().name());
                    ps.setString(4, a.action().name());
                    ps.setObject(5, a.actionDate());
                    ps.setString(6, a.sourceRef());
                });
    }

    /** Actions dated on or before {@code businessDate} that no run has applied yet, in date order. */
    public List<StoredAction> pending(LocalDate businessDate) {
        return jdbc.query("SELECT id, claim_id, claim_number, kind, action, action_date, source_ref FROM dispute_actions "
                        + "WHERE applied_on IS NULL AND action_date <= ? ORDER BY action_date, id",
                (rs, i) -> new StoredAction(rs.getLong(1), rs.getLong(2), rs.getString(3), DisputeKind.valueOf(rs.getString(4)),
                        DisputeAction.valueOf(rs.getString(5)), Sql.date(rs, 6), rs.getString(7)), businessDate);
    }

    public void markApplied(long id, LocalDate businessDate, String outcome) {
        jdbc.update("UPDATE dispute_actions SET applied_on = ?, outcome = ? WHERE id = ?", businessDate, outcome, id);
    }
}
