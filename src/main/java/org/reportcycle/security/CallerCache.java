package org.reportcycle.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The people resolved as callers lately, kept for a few seconds ({@code reportcycle.security.caller-cache}, 5 s;
 * 0 keeps nothing) so that a person's requests, one after the other, do not each read their memberships and
 * delegations again.
 *
 * <p>On this node a change counts at once: every change of a person, a membership, a delegation or a unit is
 * audited without a report ({@link AuditEvent#reportId()} null; a report's steps always name their report), and
 * such a record drops everything kept, when it is made and again when its transaction ends (committed or rolled
 * back), so neither the old state nor an uncommitted one stays. A read that began before a drop is not kept.
 * Another node sees the change when what it keeps expires, within the configured time. A person is kept per
 * day, as delegations are in force by day.
 */
@Component
class CallerCache {

    /** More people than this kept at once: all are dropped (a busy day has far fewer within 5 s). */
    static final int MAX_ENTRIES = 20_000;

    private record Key(String username, LocalDate day) {}

    private record Entry(Optional<CurrentUser> caller, long expiresAt) {}

    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every drop: a read that saw another value when it began is not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final long keepNanos;

    @Autowired
    CallerCache(ReportCycleSettings settings) {
        this(settings.security().callerCache());
    }

    CallerCache(Duration keep) {
        this.keepNanos = keep.isNegative() ? 0 : keep.toNanos();
    }

    /** The person as kept, or as {@code load} reads them now (kept for next time). */
    Optional<CurrentUser> get(String username, LocalDate day, Supplier<Optional<CurrentUser>> load) {
        if (keepNanos == 0) {
            return load.get();
        }
        Key key = new Key(username, day);
        long now = System.nanoTime();
        Entry kept = entries.get(key);
        if (kept != null && kept.expiresAt() - now > 0) {
            return kept.caller();
        }
        long before = generation.get();
        Optional<CurrentUser> caller = load.get();
        if (generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(caller, now + keepNanos));
        }
        return caller;
    }

    /** An audited change not about one report may change who can do what: everything kept is dropped. */
    @EventListener
    void on(AuditEvent event) {
        if (event.reportId() == null) {
            dropAll();
        }
    }

    @EventListener
    void on(AuditEvents batch) {
        if (batch.events().stream().anyMatch(e -> e.reportId() == null)) {
            dropAll();
        }
    }

    /** Drops everything kept, now and again when the current transaction ends. */
    void dropAll() {
        drop();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop();
                }
            });
        }
    }

    private void drop() {
        generation.incrementAndGet();
        entries.clear();
    }
}
