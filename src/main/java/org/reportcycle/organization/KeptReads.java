package org.reportcycle.organization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
 * What a node read lately about the organization, kept for a few seconds ({@code reportcycle.security.caller-cache},
 * 5 s; 0 keeps nothing): the callers (their memberships and delegations), and what a report's step asks about the
 * people it concerns (a unit's members and leaders, the administrators, who acts for whom, how to reach them, what
 * they chose to be told). A person's requests one after the other, and the steps of many reports, do not each read
 * these again.
 *
 * <p>On this node a change counts at once: every change of a person, a membership, a delegation, a unit or a cycle
 * is audited without a report ({@link AuditEvent#reportId()} null; a report's steps always name their report), and
 * such a record drops everything kept, when it is made and again when its transaction ends (committed or rolled
 * back), so neither the old state nor an uncommitted one stays. A read that began before a drop is not kept.
 * Another node sees the change when what it keeps expires, within the configured time.
 *
 * <p>Each user keys its values by a record type of its own, so two users never share an entry. Kept values are
 * shared between threads: only immutable values (records, unmodifiable lists and maps) are kept.
 */
@Component
public class KeptReads {

    /** More values than this kept at once: all are dropped (a busy node has far fewer within 5 s). */
    static final int MAX_ENTRIES = 50_000;

    private record Entry(Object value, long expiresAt) {}

    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    /** Moves on every drop: a read that saw another value when it began is not kept. */
    private final AtomicLong generation = new AtomicLong();

    private final long keepNanos;

    @Autowired
    KeptReads(ReportCycleSettings settings) {
        this(settings.security().callerCache());
    }

    public KeptReads(Duration keep) {
        this.keepNanos = keep.isNegative() ? 0 : keep.toNanos();
    }

    /** The value as kept under the key, or as {@code load} reads it now (kept for next time; null is kept too). */
    @SuppressWarnings("unchecked")
    public <V> V get(Record key, Supplier<V> load) {
        if (keepNanos == 0) {
            return load.get();
        }
        long now = System.nanoTime();
        Entry kept = entries.get(key);
        if (kept != null && kept.expiresAt() - now > 0) {
            return (V) kept.value();
        }
        long before = generation.get();
        V value = load.get();
        keep(before, Map.of(key, new Entry(value, now + keepNanos)));
        return value;
    }

    /**
     * {@link #get} for many ids at once: the values of the ids not kept are read by one call of {@code load}, which
     * returns those it found (the others are kept as absent and left out of the answer).
     */
    @SuppressWarnings("unchecked")
    public <I, V> Map<I, V> getAll(
            Collection<I> ids, Function<I, Record> keyOf, Function<Collection<I>, Map<I, V>> load) {
        Map<I, V> found = new LinkedHashMap<>();
        if (keepNanos == 0) {
            return ids.isEmpty() ? found : load.apply(ids);
        }
        long now = System.nanoTime();
        List<I> missing = new ArrayList<>();
        for (I id : ids) {
            Entry kept = entries.get(keyOf.apply(id));
            if (kept != null && kept.expiresAt() - now > 0) {
                if (kept.value() != null) {
                    found.put(id, (V) kept.value());
                }
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        long before = generation.get();
        Map<I, V> read = load.apply(missing);
        Map<Object, Entry> fresh = new HashMap<>();
        for (I id : missing) {
            V value = read.get(id);
            fresh.put(keyOf.apply(id), new Entry(value, now + keepNanos));
            if (value != null) {
                found.put(id, value);
            }
        }
        keep(before, fresh);
        return found;
    }

    private void keep(long generationBefore, Map<Object, Entry> fresh) {
        if (generation.get() != generationBefore) {
            return;
        }
        if (entries.size() + fresh.size() > MAX_ENTRIES) {
            entries.clear();
        }
        entries.putAll(fresh);
        // a drop that landed while these were put: they may be older than it
        if (generation.get() != generationBefore) {
            fresh.keySet().forEach(entries::remove);
        }
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

    /**
     * Drops everything kept, now and again when the current transaction ends: for a change that is not audited
     * (a person's own notification choices).
     */
    public void dropAll() {
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
