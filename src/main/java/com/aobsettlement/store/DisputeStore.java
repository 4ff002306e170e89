package com.aobsettlement.store;

import com.aobsettlement.domain.Dispute;
import com.aobsettlement.domain.DisputeKind;
import com.aobsettlement.domain.DisputeStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Disputes on claims. */
@Repository
public class DisputeStore {
    private static final String COLUMNS = "id, claim_id, claim_number, kind, amount, opened_on, respond_by, status, closed_on, "
            + "action_date, changed_on";
    private static final Set<String> COLUMN_NAMES = Sql.names(COLUMNS);

    private final JdbcTemplate jdbc;
    private final SqlDialects dialects;

    public DisputeStore(JdbcTemplate jdbc, SqlDialects dialects) {
        this.jdbc = jdbc;
        this.dialects = dialects;
    }

    /** A dispute with the claim it belongs to. */
    public record ClaimDispute(long claimId, String claimNumber, Dispute dispute) {
    }

    public Map<Long, List<Dispute>> forClaims(Collection<Long> claimIds) {
        Map<Long, List<Dispute>> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        jdbc.query("SELECT " + COLUMNS + " FROM disputes WHERE claim_id IN (" + Sql.marks(claimIds.size()) + ")",
                rs -> {
                    ClaimDispute d = map(rs);
                    byClaim.computeIfAbsent(d.claimId(), k -> new ArrayList<>()).add(d.dispute());
                }, Sql.args(claimIds));
        // in id order, sorted here: ORDER BY id would make the optimizer walk the primary key (see RemittanceStore)
        byClaim.values().forEach(list -> list.sort(java.util.Comparator.comparingLong(Dispute::id)));
        return byClaim;
    }

    /** Inserts new disputes and updates changed ones (those with an id). */
    public void save(List<ClaimDispute> disputes) {
        List<ClaimDispute> fresh = disputes.stream().filter(d -> d.dispute().id() == null).toList();
        List<ClaimDispute> changed = disputes.stream().filter(d -> d.dispute().id() != null).toList();
        if (!fresh.isEmpty()) {
            BulkInsert.insert(jdbc, dialects, "disputes", "claim_id, claim_number, kind, amount, opened_on, respond_by, "
                    + "status, closed_on, action_date, changed_on", fresh, cd -> {
                        Dispute d = cd.dispute();
                        return new Object[] {cd.claimId(), cd.claimNumber(), d.kind(), d.amount(), d.openedOn(), d.respondBy(),
                            d.status(), d.closedOn(), d.actionDate(), d.changedOn()};
                    });
        }
        if (!changed.isEmpty()) {
            jdbc.batchUpdate("UPDATE disputes SET amount = ?, respond_by = ?, status = ?, closed_on = ?, action_date = ?, "
                    + "changed_on = ? WHERE id = ?", changed, 1000, (ps, cd) -> {
                        Dispute d = cd.dispute();
                        ps.setBigDecimal(1, d.amount());
                        ps.setObject(2, d.respondBy());
                        ps.setString(3, d.status().name());
                        ps.setObject(4, d.closedOn());
                        ps.setObject(5, d.actionDate());
                        ps.setObject(6, d.changedOn());
                        ps.setLong(7, d.id());
                    });
        }
    }

    /**
     * The disputes a run (or the actions it applied) changed on {@code date}, by claim number then kind, each as
     * the text of the named columns in that order (UTF-8 fields, {@link SqlDialects#streamText}): disputes.csv's
     * rows, whose headers are these columns' names.
     */
    public void textRowsChangedOn(LocalDate date, List<String> columns, java.util.function.Consumer<byte[][]> consumer) {
        dialects.streamText("SELECT " + Sql.columns("disputes", COLUMN_NAMES, columns) + " FROM disputes "
                + "WHERE changed_on = ? ORDER BY claim_number, kind, id", columns.size(), consumer, date);
    }

    private static ClaimDispute map(ResultSet rs) throws SQLException {
        return new ClaimDispute(rs.getLong("claim_id"), rs.getString("claim_number"), new Dispute(rs.getLong("id"),
                DisputeKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), Sql.date(rs, "opened_on"),
                Sql.date(rs, "respond_by"), DisputeStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "closed_on"), Sql.date(rs, "action_date"), Sql.date(rs, "changed_on")));
    }
}
