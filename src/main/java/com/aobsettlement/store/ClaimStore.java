package com.aobsettlement.store;

import com.aobsettlement.domain.Claim;
import com.aobsettlement.domain.ClaimLine;
import com.aobsettlement.domain.ClaimStatus;
import com.aobsettlement.domain.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Claims, their lines and the claims rejected at import. */
@Repository
public class ClaimStore {
    private final JdbcTemplate jdbc;
    private final SqlDialects dialects;

    public ClaimStore(JdbcTemplate jdbc, SqlDialects dialects) {
        this.jdbc = jdbc;
        this.dialects = dialects;
    }

    /** A stored claim as the import compares it: its id, its data and its lines. */
    public record StoredClaim(long id, NewClaim claim) {
    }

    public Map<String, StoredClaim> findByNumbers(Collection<String> claimNumbers) {
        Map<String, StoredClaim> found = new HashMap<>();
        if (claimNumbers.isEmpty()) {
            return found;
        }
        List<StoredClaim> heads = jdbc.query("SELECT id, claim_number, assignment_ref, provider_npi, payer_code, patient_ref, "
                + "network, service_date, authorized_at, submitted_at FROM claims WHERE claim_number IN ("
                + Sql.marks(claimNumbers.size()) + ")", (rs, i) -> new StoredClaim(rs.getLong(1), new NewClaim(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), Network.valueOf(rs.getString(7)),
                        Sql.date(rs, 8), Sql.instant(rs, 9), Sql.instant(rs, 10),
                        List.of())), Sql.args(claimNumbers));
        if (heads.isEmpty()) {
            return found;
        }
        Map<Long, List<ClaimLine>> lines = linesFor(heads.stream().map(StoredClaim::id).toList());
        for (StoredClaim h : heads) {
            found.put(h.claim().claimNumber(), new StoredClaim(h.id(), h.claim().withLines(lines.getOrDefault(h.id(), List.of()))));
        }
        return found;
    }

    /**
     * Inserts new claims with their lines; status PENDING. The claims take the ids after the largest
     * stored, in file order, so that their lines go in the same pass with no lookup of the ids the
     * database chose. Only the assignments import inserts claims, and it runs alone (a lock), so no
     * other writer takes those ids; if one did, the primary key would fail the chunk.
     */
    public void insert(List<NewClaim> claims, String sourceFile) {
        if (!claims.isEmpty()) {
            NumberedClaims numbered = number(claims, sourceFile);
            BulkInsert.load(jdbc, dialects, "claims", CLAIM_COLUMNS, numbered.heads(), h -> h);
            BulkInsert.load(jdbc, dialects, "claim_lines", LINE_COLUMNS, numbered.lines(), l -> l);
        }
    }

    /**
     * A new claim rendered ahead of its chunk (on the import's read-ahead thread) in LOAD DATA's
     * format, without its id: {@code claim} is the claim's row after the id column, {@code lines}
     * each line's row after the claim_id column.
     */
    public record RenderedClaim(String claim, String[] lines) {
    }

    /** Whether {@link #insertIfAllNew} can take the fast path here (LOAD DATA LOCAL available). */
    public boolean bulkLoads() {
        return dialects.localInfile();
    }

    /** Renders a claim for {@link #insertIfAllNew}; needs no database. */
    public RenderedClaim render(NewClaim c, String sourceFile) {
        StringBuilder sb = new StringBuilder(200);
        for (Object v : claimValues(c, sourceFile)) {
            sb.append('\t');
            BulkInsert.field(sb, v);
        }
        String claim = sb.append('\n').toString();
        String[] lines = new String[c.lines().size()];
        for (int i = 0; i < lines.length; i++) {
            sb.setLength(0);
            for (Object v : lineValues(c.lines().get(i))) {
                sb.append('\t');
                BulkInsert.field(sb, v);
            }
            lines[i] = sb.append('\n').toString();
        }
        return new RenderedClaim(claim, lines);
    }

    /**
     * The fast path of an import chunk, where nearly every claim is new: inserts them all with their
     * lines and returns true, unless a claim number is already stored (or repeats in the chunk); then
     * nothing of the chunk stays and it returns false, for the caller to sort the claims out. Saves
     * the lookup of every number before inserting: the unique index makes the check. False without
     * trying where LOAD DATA LOCAL is not available. {@code rendered} holds each claim's rows from
     * {@link #render}, or null.
     */
    public boolean insertIfAllNew(List<NewClaim> claims, List<RenderedClaim> rendered, String sourceFile) {
        if (claims.isEmpty()) {
            return true;
        }
        if (!dialects.localInfile()) {
            return false;
        }
        long first = nextId();
        StringBuilder heads = new StringBuilder(claims.size() * 200);
        StringBuilder lines = new StringBuilder(claims.size() * 60);
        int lineCount = 0;
        for (int i = 0; i < claims.size(); i++) {
            RenderedClaim r = rendered.get(i) != null ? rendered.get(i) : render(claims.get(i), sourceFile);
            long id = first + i;
            heads.append(id).append(r.claim());
            for (String line : r.lines()) {
                lines.append(id).append(line);
            }
            lineCount += r.lines().length;
        }
        jdbc.execute("SAVEPOINT aob_new_claims");
        long stored = BulkInsert.loadTsv(jdbc, "claims", CLAIM_COLUMNS, heads, claims.size(), true);
        if (stored != claims.size()) {
            jdbc.execute("ROLLBACK TO SAVEPOINT aob_new_claims");
            return false;
        }
        BulkInsert.loadTsv(jdbc, "claim_lines", LINE_COLUMNS, lines, lineCount, false);
        return true;
    }

    private static final String CLAIM_COLUMNS = "id, claim_number, assignment_ref, provider_npi, payer_code, patient_ref, "
            + "network, service_date, authorized_at, submitted_at, status, source_file";
    private static final String LINE_COLUMNS = "claim_id, line_no, procedure_code, units, billed_amount";

    /** A new claim's values in the order of CLAIM_COLUMNS after the id, for both insert paths. */
    private static Object[] claimValues(NewClaim c, String sourceFile) {
        return new Object[] {c.claimNumber(), c.assignmentRef(), c.providerNpi(), c.payerCode(), c.patientRef(), c.network(),
            c.serviceDate(), Sql.utcText(c.authorizedAt()), Sql.utcText(c.submittedAt()), ClaimStatus.PENDING, sourceFile};
    }

    /** A line's values in the order of LINE_COLUMNS after the claim id. */
    private static Object[] lineValues(ClaimLine l) {
        return new Object[] {l.lineNo(), l.procedureCode(), l.units(), l.billedAmount()};
    }

    private static Object[] withId(long id, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    /** The id the next new claim takes: claims are numbered by the (single) import that stores them. */
    private long nextId() {
        Long max = jdbc.queryForObject("SELECT MAX(id) FROM claims", Long.class);
        return max == null ? 1 : max + 1;
    }

    private record NumberedClaims(List<Object[]> heads, List<Object[]> lines) {
    }

    private NumberedClaims number(List<NewClaim> claims, String sourceFile) {
        long next = nextId();
        List<Object[]> heads = new ArrayList<>(claims.size());
        List<Object[]> lines = new ArrayList<>(claims.size() * 2);
        for (NewClaim c : claims) {
            long id = next++;
            heads.add(withId(id, claimValues(c, sourceFile)));
            for (ClaimLine l : c.lines()) {
                lines.add(withId(id, lineValues(l)));
            }
        }
        return new NumberedClaims(heads, lines);
    }

    /** The claim numbers in rejected_claims, or null when there are more than {@code limit}. */
    public java.util.Set<String> rejectedNumbers(int limit) {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        jdbc.query("SELECT claim_number FROM rejected_claims LIMIT " + (limit + 1), rs -> {
            numbers.add(rs.getString(1));
        });
        return numbers.size() > limit ? null : numbers;
    }

    public Map<String, Long> idsByNumber(Collection<String> claimNumbers) {
        Map<String, Long> ids = new HashMap<>();
        if (claimNumbers.isEmpty()) {
            return ids;
        }
        jdbc.query("SELECT claim_number, id FROM claims WHERE claim_number IN " + Sql.inList(dialects.current(), claimNumbers),
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    public void fillSubmittedAt(Map<Long, Instant> submittedAtById) {
        jdbc.batchUpdate("UPDATE claims SET submitted_at = ? WHERE id = ? AND submitted_at IS NULL",
                new ArrayList<>(submittedAtById.entrySet()), 500, (ps, e) -> {
                    ps.setString(1, Sql.utcText(e.getValue()));
                    ps.setLong(2, e.getKey());
                });
    }

    /** A claim rejected at import, keyed by its number: a later file may replace it. */
    public record Rejection(String claimNumber, String reasonCode, String sourceFile, int firstLine) {
    }

    public void recordRejections(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            return;
        }
        String now = Sql.utcText(Instant.now());
        jdbc.batchUpdate("INSERT INTO rejected_claims (claim_number, reason_code, source_file, first_line, rejected_at) "
                        + "VALUES (?,?,?,?,?) ON DUPLICATE KEY UPDATE reason_code = VALUES(reason_code), "
                        + "source_file = VALUES(source_file), first_line = VALUES(first_line), rejected_at = VALUES(rejected_at)",
                rejections, 500, (ps, r) -> {
                    ps.setString(1, r.claimNumber());
                    ps.setString(2, r.reasonCode());
                    ps.setString(3, r.sourceFile());
                    ps.setInt(4, r.firstLine());
                    ps.setString(5, now);
                });
    }

    public void forgetRejections(Collection<String> claimNumbers) {
        if (!claimNumbers.isEmpty()) {
            jdbc.update("DELETE FROM rejected_claims WHERE claim_number IN (" + Sql.marks(claimNumbers.size()) + ")",
                    Sql.args(claimNumbers));
        }
    }

    // ---- the settlement's reads and state changes ----

    /**
     * The pending claims of DOMAIN.md §6.1: not final, and either not SETTLED or holding a remittance paid by
     * the business date that no settlement included yet (remittances.settled_on, set by
     * {@link RemittanceStore#markSettled}). The remittances themselves say it, so an import never writes a
     * claim row: a new remittance is found here through the claim index (claim_id, paid_on),
     * probed in claim order as the reader walks the claims. A scalar subquery, not EXISTS: MariaDB 10.11
     * turns an EXISTS into a semi-join that materializes every unsettled remittance for each page.
     * Which statuses are final is {@link ClaimStatus#isFinal}'s to say: the query binds their names (see
     * {@link #pendingArgs}), so that the rule has one home.
     */
    private static final String PENDING = "status NOT IN (" + Sql.marks(ClaimStatus.finalStatuses().size()) + ") "
            + "AND (status <> ? OR (SELECT MIN(r.paid_on) FROM remittances r WHERE r.claim_id = claims.id "
            + "AND r.settled_on IS NULL) <= ?)";

    /** The arguments of {@link #PENDING}, between those before and after it. */
    private static Object[] pendingArgs(List<Object> before, LocalDate businessDate, Object... after) {
        List<Object> args = new ArrayList<>(before);
        ClaimStatus.finalStatuses().forEach(s -> args.add(s.name()));
        args.add(ClaimStatus.SETTLED.name());
        args.add(businessDate);
        args.addAll(List.of(after));
        return args.toArray();
    }

    /** The next page of pending claims (DOMAIN.md §6.1) with ids in (afterId, toId], in id order, without lines. */
    public List<Claim> pendingPage(long afterId, long toId, LocalDate businessDate, int limit) {
        return jdbc.query("SELECT id, claim_number, provider_npi, payer_code, network, service_date, authorized_at, "
                        + "submitted_at, status FROM claims WHERE id > ? AND id <= ? AND " + PENDING + " ORDER BY id LIMIT ?",
                (rs, i) -> new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Network.valueOf(rs.getString(5)), Sql.date(rs, 6), Sql.instant(rs, 7),
                        Sql.instant(rs, 8), ClaimStatus.valueOf(rs.getString(9)), List.of()),
                pendingArgs(List.of(afterId, toId), businessDate, limit));
    }

    public long countPending(long afterId, long toId, LocalDate businessDate) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM claims WHERE id > ? AND id <= ? AND " + PENDING, Long.class,
                pendingArgs(List.of(afterId, toId), businessDate));
        return n == null ? 0 : n;
    }

    /** The smallest and largest id of the stored claims: the range a settlement run partitions. */
    public record ClaimIdRange(long first, long last) {
    }

    /** The ids of the stored claims, first to last; empty when there are no claims. */
    public Optional<ClaimIdRange> idRange() {
        return jdbc.query("SELECT MIN(id), MAX(id) FROM claims", rs -> {
            rs.next();
            long last = rs.getLong(2);
            return rs.wasNull() ? Optional.empty() : Optional.of(new ClaimIdRange(rs.getLong(1), last));
        });
    }

    public Map<Long, List<ClaimLine>> linesFor(Collection<Long> claimIds) {
        Map<Long, List<ClaimLine>> lines = new HashMap<>();
        if (claimIds.isEmpty()) {
            return lines;
        }
        jdbc.query("SELECT claim_id, line_no, procedure_code, units, billed_amount FROM claim_lines WHERE claim_id IN ("
                + Sql.marks(claimIds.size()) + ")", rs -> {
                    lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClaimLine(rs.getInt(2),
                            rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)));
                }, Sql.args(claimIds));
        lines.values().forEach(l -> l.sort(Comparator.comparingInt(ClaimLine::lineNo)));
        return lines;
    }

    /** One statement per status: the claims of a chunk take the status of their new settlement. */
    public void updateStatuses(Map<ClaimStatus, List<Long>> idsByStatus, LocalDate businessDate) {
        idsByStatus.forEach((status, ids) -> {
            if (!ids.isEmpty()) {
                List<Object> args = new ArrayList<>();
                args.add(status.name());
                args.add(businessDate);
                args.addAll(ids);
                jdbc.update("UPDATE claims SET status = ?, last_settled_on = ? WHERE id IN (" + Sql.marks(ids.size()) + ")",
                        args.toArray());
            }
        });
    }
}
