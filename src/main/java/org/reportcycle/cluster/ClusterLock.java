package org.reportcycle.cluster;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named locks held in {@code rc_cluster_lock}, shared by every node on the database.
 *
 * <ul>
 * <li>{@link #holdForTransaction} serialises a short critical section: the second node waits on the row lock
 * until the first commits, then sees its result (cycle opening, creating the first administrator).</li>
 * <li>{@link #runIfFree} runs work on one node at a time under a lease, and the other nodes skip it instead of
 * waiting (loading the demo dataset, scheduled jobs). A lease left by a crashed node expires.</li>
 * </ul>
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final String node;

    public ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** This node's name in the lock table (process id and host). */
    public String node() {
        return node;
    }

    /**
     * Takes the named lock until the current transaction ends; another node asking for it waits until then.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdForTransaction(String name) {
        ensureRow(name);
        jdbc.queryForList("SELECT name FROM rc_cluster_lock WHERE name = ? FOR UPDATE", String.class, name);
    }

    /**
     * Takes the named lock on a connection of its own, outside any transaction, waiting up to {@code maxWait}
     * for another node to let go; held until {@link Held#close()}. For start-up work that runs before the
     * application's transactions exist (the process engine creating its tables and deploying the process).
     */
    public Held holdOnOwnConnection(String name, Duration maxWait) {
        ensureRow(name);
        DataSource dataSource = jdbc.getDataSource();
        long end = System.nanoTime() + maxWait.toNanos();
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                while (true) {
                    try (PreparedStatement select =
                            connection.prepareStatement("SELECT name FROM rc_cluster_lock WHERE name = ? FOR UPDATE")) {
                        select.setString(1, name);
                        select.executeQuery().close();
                        return new Held(connection);
                    } catch (SQLException waitedTooLong) {
                        connection.rollback();
                        if (System.nanoTime() > end) {
                            throw waitedTooLong;
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cluster lock " + name + " not obtained", e);
        }
    }

    /** A lock held on its own connection; closing it lets the next node in. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                // the connection is gone, and with it the lock
            }
        }
    }

    /**
     * Runs the work if no node holds the named lease, holding it for at most {@code lease}; returns whether
     * it ran. The lease ends when the work ends (or fails), or when it runs out on a node that died.
     */
    public boolean runIfFree(String name, Duration lease, Runnable work) {
        return callIfFree(name, lease, () -> {
                    work.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /** Like {@link #runIfFree}, returning the work's result, or null when another node holds the lease. */
    public <T> T callIfFree(String name, Duration lease, Supplier<T> work) {
        ensureRow(name);
        long now = clock.millis();
        Integer taken = newTransaction.execute(tx -> jdbc.update(
                "UPDATE rc_cluster_lock SET locked_until = ?, locked_at = ?, locked_by = ? "
                        + "WHERE name = ? AND locked_until <= ?",
                now + lease.toMillis(),
                now,
                node,
                name,
                now));
        if (taken == null || taken != 1) {
            return null;
        }
        try {
            return work.get();
        } finally {
            newTransaction.executeWithoutResult(tx -> jdbc.update(
                    "UPDATE rc_cluster_lock SET locked_until = ? WHERE name = ? AND locked_by = ?",
                    clock.millis(),
                    name,
                    node));
        }
    }

    private void ensureRow(String name) {
        newTransaction.executeWithoutResult(tx -> {
            Integer rows =
                    jdbc.queryForObject("SELECT COUNT(*) FROM rc_cluster_lock WHERE name = ?", Integer.class, name);
            if (rows != null && rows == 0) {
                try {
                    jdbc.update(
                            "INSERT INTO rc_cluster_lock (name, locked_until, locked_at, locked_by) "
                                    + "VALUES (?, 0, 0, ?)",
                            name,
                            node);
                } catch (DataIntegrityViolationException alreadyThere) {
                    // another node inserted it first: the row is what we need. Roll this transaction back, not
                    // commit it: PostgreSQL refuses to commit a transaction in which a statement failed.
                    tx.setRollbackOnly();
                }
            }
        });
    }
}
