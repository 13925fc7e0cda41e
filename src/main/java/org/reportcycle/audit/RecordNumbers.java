package org.reportcycle.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the audit records' numbers ({@code seq}): unique and growing on each node, taken from
 * {@code rc_audit_seq} a block at a time in a short transaction of its own, so that no step waits for another
 * to commit before it gets a number. Numbers may be left unused (a rolled-back step, a node stopping): the
 * trail's completeness is proven by the chains, not by gapless numbers.
 */
final class RecordNumbers {

    static final int BLOCK = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    private long next;
    private long end;

    RecordNumbers(JdbcTemplate jdbc, TransactionTemplate newTransaction) {
        this.jdbc = jdbc;
        this.newTransaction = newTransaction;
    }

    /** The next number. */
    synchronized long next() {
        if (next >= end) {
            Long first = newTransaction == null ? takeBlock() : newTransaction.execute(status -> takeBlock());
            next = first;
            end = first + BLOCK;
        }
        return next++;
    }

    private Long takeBlock() {
        Long first = jdbc.queryForObject("SELECT next_seq FROM rc_audit_seq WHERE id = 1 FOR UPDATE", Long.class);
        jdbc.update("UPDATE rc_audit_seq SET next_seq = ? WHERE id = 1", first + BLOCK);
        return first;
    }
}
