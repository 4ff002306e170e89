package com.aobsettlement.store;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who owns a running job execution, and whether that owner is still alive.
 *
 * <p>On MySQL/MariaDB the owner holds named locks on a dedicated connection for the whole run:
 * {@code aob:settle} (one settlement at a time, across processes) and {@code aob:exec:ID}. The
 * server releases them when the process dies, whatever kills it, so a free {@code aob:exec:ID} lock
 * on a STARTED execution means its owner is gone. The embedded H2 file database is opened by one
 * process at a time, so there the recorded host, pid and process start instant decide.
 */
@Repository
public class ExecutionOwners {
    public static final String SETTLEMENT_LOCK = "aob:settle";
    /** One assignments import at a time: it numbers the claims it inserts (ClaimStore#insert). */
    public static final String ASSIGNMENTS_IMPORT_LOCK = "aob:import-assignments";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private Connection held;
    private Boolean mysql;

    public ExecutionOwners(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    private synchronized boolean isMysql() {
        if (mysql == null) {
            mysql = jdbc.execute((java.sql.Connection c) -> {
                String product = c.getMetaData().getDatabaseProductName().toLowerCase();
                return product.contains("mysql") || product.contains("mariadb");
            });
        }
        return mysql;
    }

    /** Takes a named lock for this process's lifetime (until {@link #releaseAll}); false when another process holds it. */
    public synchronized boolean tryLock(String name) {
        if (!isMysql()) {
            return true;
        }
        return lockCall("SELECT GET_LOCK(?, 0)", name);
    }

    /** Releases one named lock this process holds (a remote partition's, when the worker is done with it). */
    public synchronized void unlock(String name) {
        if (isMysql() && held != null) {
            lockCall("SELECT RELEASE_LOCK(?)", name);
        }
    }

    private boolean lockCall(String sql, String name) {
        try {
            if (held == null) {
                held = dataSource.getConnection();
                held.setAutoCommit(true);
            }
            try (PreparedStatement ps = held.prepareStatement(sql)) {
                ps.setString(1, serverWide(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take or release the lock " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * A worker takes a remote partition (a step execution): first its named lock {@code aob:step:ID}, held
     * while the worker runs it, then its row in {@code partition_owners}, whose primary key lets only one
     * worker ever claim it. False when another worker holds or held it (a request delivered twice).
     */
    public synchronized boolean claimPartition(long stepExecutionId, long jobExecutionId) {
        if (!isMysql()) {
            throw new IllegalStateException("remote partitions need MySQL/MariaDB");
        }
        if (held != null) {
            try {
                if (!held.isValid(2)) {
                    releaseAll(); // a long-idle worker's lock connection may have been closed by the server
                }
            } catch (SQLException e) {
                releaseAll();
            }
        }
        String lock = stepLock(stepExecutionId);
        if (!tryLock(lock)) {
            return false;
        }
        ProcessHandle self = ProcessHandle.current();
        try {
            jdbc.update("INSERT INTO partition_owners (step_execution_id, job_execution_id, host, pid, process_started, "
                    + "claimed_at) VALUES (?,?,?,?,?,?)", stepExecutionId, jobExecutionId, host(), self.pid(),
                    startInstant(self), Sql.utcText(Instant.now()));
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            unlock(lock);
            return false;
        }
    }

    /** The worker is done with a partition: its lock goes, its row stays (a later delivery is refused by it). */
    public void releasePartition(long stepExecutionId) {
        unlock(stepLock(stepExecutionId));
    }

    /** The worker that claimed a remote partition, if any, and whether it still runs it. */
    public record PartitionOwner(String host, long pid, boolean alive) {
        public String describe() {
            return "worker pid " + pid + " on " + host;
        }
    }

    public Optional<PartitionOwner> partitionOwner(long stepExecutionId) {
        List<String[]> rows = jdbc.query("SELECT host, pid FROM partition_owners WHERE step_execution_id = ?",
                (rs, i) -> new String[] {rs.getString(1), Long.toString(rs.getLong(2))}, stepExecutionId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Integer free = jdbc.queryForObject("SELECT IS_FREE_LOCK(?)", Integer.class, serverWide(stepLock(stepExecutionId)));
        return Optional.of(new PartitionOwner(rows.get(0)[0], Long.parseLong(rows.get(0)[1]), free != null && free == 0));
    }

    /** Records this process as the owner of an execution and takes its lock. */
    public void claim(long jobExecutionId) {
        tryLock(execLock(jobExecutionId));
        ProcessHandle self = ProcessHandle.current();
        jdbc.update("DELETE FROM job_owners WHERE job_execution_id = ?", jobExecutionId);
        jdbc.update("INSERT INTO job_owners (job_execution_id, host, pid, process_started, claimed_at) VALUES (?,?,?,?,?)",
                jobExecutionId, host(), self.pid(), startInstant(self), Sql.utcText(Instant.now()));
    }

    /** Whether the process that owns this execution is alive (false when nobody ever claimed it). */
    public boolean ownerAlive(long jobExecutionId) {
        if (isMysql()) {
            Integer free = jdbc.queryForObject("SELECT IS_FREE_LOCK(?)", Integer.class, serverWide(execLock(jobExecutionId)));
            return free != null && free == 0;
        }
        List<Owner> owners = jdbc.query("SELECT host, pid, process_started FROM job_owners WHERE job_execution_id = ?",
                (rs, i) -> new Owner(rs.getString(1), rs.getLong(2), rs.getString(3)), jobExecutionId);
        if (owners.isEmpty()) {
            return false;
        }
        Owner owner = owners.get(0);
        if (!owner.host().equals(host())) {
            return true; // another host: cannot tell, so never take it over
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.pid());
        return process.isPresent() && process.get().isAlive() && startInstant(process.get()).equals(owner.processStarted());
    }

    /** The process that claimed an execution (job_owners): a pid is only the same process with the same start. */
    private record Owner(String host, long pid, String processStarted) {
    }

    public Optional<String> describeOwner(long jobExecutionId) {
        return jdbc.query("SELECT host, pid FROM job_owners WHERE job_execution_id = ?",
                (rs, i) -> "pid " + rs.getLong(2) + " on " + rs.getString(1), jobExecutionId).stream().findFirst();
    }

    /** Releases every lock this process holds. */
    public synchronized void releaseAll() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException ignored) {
                // the server releases the locks with the connection anyway
            }
            held = null;
        }
    }

    private volatile String schema;

    /**
     * Named locks are server-wide: the database's name goes into the lock's, so that two deployments
     * (or test databases) on one server never block each other. MySQL allows 64 characters.
     */
    private String serverWide(String name) {
        if (schema == null) {
            schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        }
        String full = name + "@" + schema;
        if (full.length() <= 64) {
            return full;
        }
        return name + "@" + Integer.toHexString(schema.hashCode()) + Long.toHexString(schema.length());
    }

    static String stepLock(long stepExecutionId) {
        return "aob:step:" + stepExecutionId;
    }

    static String execLock(long jobExecutionId) {
        return "aob:exec:" + jobExecutionId;
    }

    private static String startInstant(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("?");
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
