package com.aobsettlement.store;

import com.aobsettlement.domain.Remittance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Remittances from CSV and 835 files, matched or not to a claim. */
@Repository
public class RemittanceStore {
    private final JdbcTemplate jdbc;
    private final SqlDialects dialects;

    public RemittanceStore(JdbcTemplate jdbc, SqlDialects dialects) {
        this.jdbc = jdbc;
        this.dialects = dialects;
    }

    public void insert(List<NewRemittance> remittances) {
        BulkInsert.load(jdbc, dialects, "remittances", "claim_id, claim_number, status_code, charge_amount, "
                + "paid_amount, patient_responsibility, interest_paid, paid_on, eft_trace, payer_claim_control, source, "
                + "source_file, source_ref", remittances, r -> new Object[] {r.claimId(), r.claimNumber(), r.statusCode(),
                    r.chargeAmount(), r.paidAmount(), r.patientResponsibility(), r.interestPaid(), r.paidOn(), r.eftTrace(),
                    r.payerClaimControl(), r.source(), r.sourceFile(), r.sourceRef()});
    }

    /** The dedup keys of the remittances already stored for these claim numbers. */
    public Set<String> existingKeys(Collection<String> claimNumbers) {
        Set<String> keys = new HashSet<>();
        if (claimNumbers.isEmpty()) {
            return keys;
        }
        jdbc.query("SELECT claim_number, status_code, paid_amount, paid_on, eft_trace, payer_claim_control FROM remittances "
                + "WHERE claim_number IN " + Sql.inList(dialects.current(), claimNumbers), rs -> {
                    keys.add(String.join("|", rs.getString(1), rs.getString(2), rs.getBigDecimal(3).toPlainString(),
                            Sql.date(rs, 4).toString(), rs.getString(5),
                            rs.getString(6) == null ? "" : rs.getString(6)));
                });
        return keys;
    }

    /** All remittances of these claims, by claim id, in id order. */
    public Map<Long, List<Remittance>> forClaims(Collection<Long> claimIds) {
        Map<Long, List<Remittance>> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        jdbc.query("SELECT claim_id, id, status_code, charge_amount, paid_amount, patient_responsibility, interest_paid, "
                + "paid_on, eft_trace FROM remittances WHERE claim_id IN (" + Sql.marks(claimIds.size()) + ")", rs -> {
                    byClaim.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Remittance(rs.getLong(2),
                            rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                            rs.getBigDecimal(7), Sql.date(rs, 8), rs.getString(9)));
                }, Sql.args(claimIds));
        // sorted here, not by ORDER BY id: with ORDER BY the optimizer walks the whole primary key instead
        // of the claim index (seen with EXPLAIN on MariaDB 10.11: 86,257 rows read for a 500-claim chunk)
        byClaim.values().forEach(list -> list.sort(java.util.Comparator.comparingLong(Remittance::id)));
        return byClaim;
    }

    /** Marks the remittances a settlement of {@code businessDate} included, for a chunk's claims, in one statement. */
    public void markSettled(Collection<Long> claimIds, LocalDate businessDate) {
        if (claimIds.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>();
        args.add(businessDate);
        args.add(businessDate);
        args.addAll(claimIds);
        jdbc.update("UPDATE remittances SET settled_on = ? WHERE settled_on IS NULL AND paid_on <= ? AND claim_id IN ("
                + Sql.marks(claimIds.size()) + ")", args.toArray());
    }

}
