package org.reportcycle.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.reportcycle.security.ActingFor;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.AccessRefused;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;
import org.reportcycle.shared.SignInEvent;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail. Listens to the events services publish, in the publisher's transaction, so a
 * change and its record commit together. Each record is chained by a SHA-256 hash to the one before it in its
 * chain (one of {@link #STRIPES} chains picked by the unit, see {@code package-info}); the chain's head row is
 * locked while records are appended, so concurrent writers (and nodes) stay in order within a chain while the
 * steps of other units go on. The head as this node last committed it is kept: an append moves it by one
 * conditional UPDATE (locking the row), and reads and locks it first only when another writer moved it.
 */
@Service
public class AuditService {

    static final String GENESIS = "0".repeat(64);

    /** The width of the actor and on_behalf_of columns. */
    static final int NAME_COLUMN = 100;

    private final JdbcTemplate jdbc;
    private final CurrentUserService currentUsers;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final TransactionTemplate newTransaction;
    /** Writes the anchors, off the writers' threads (a writer holding a connection never waits for another). */
    private final Executor anchoring;

    /** The heads the last anchor of this node listed. */
    private volatile Map<String, List<Object>> lastAnchored = Map.of();

    private volatile Instant lastAnchorAt = Instant.EPOCH;

    /** How many record numbers each millisecond has: one per chain, and room to spare. */
    static final long NUMBERS_PER_MILLI = 128;

    /** The number of unit chains (the records of unit u go to chain {@code s<u mod STRIPES>}). */
    static final int STRIPES = 64;

    /** The chain of the records without a unit (sign-ins, people, settings). */
    static final String GLOBAL_CHAIN = "g";

    /** The chain of the anchors. */
    static final String ANCHOR_CHAIN = "a";

    static final String ANCHOR_ACTION = "audit.anchor";

    /** How often, at most, a node writes an anchor while it writes records. */
    static final Duration ANCHOR_EVERY = Duration.ofMinutes(1);

    /** Without a transaction manager: anchors are written at once, by the template's own commits. */
    public AuditService(JdbcTemplate jdbc, CurrentUserService currentUsers, Clock clock) {
        this(jdbc, currentUsers, clock, null);
    }

    @Autowired
    public AuditService(
            JdbcTemplate jdbc, CurrentUserService currentUsers, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
        if (transactions == null) {
            this.newTransaction = null;
        } else {
            this.newTransaction = new TransactionTemplate(transactions);
            this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }
        this.anchoring = transactions == null
                ? Runnable::run
                : Executors.newSingleThreadExecutor(
                        Thread.ofPlatform().name("audit-anchor").daemon(true).factory());
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditEvent event) {
        append(
                actor(),
                ActingFor.current().orElse(null),
                event.action(),
                event.unitId(),
                event.reportId(),
                event.details());
    }

    /** Several records in order, the chain's head locked and updated once, the records inserted by a batch. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(AuditEvents batch) {
        appendAll(actor(), ActingFor.current().orElse(null), batch.events());
    }

    /** A refusal is recorded even though the refused action rolls back. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(AccessRefused refused) {
        append(
                refused.username(),
                "access.refused",
                refused.unitId(),
                refused.reportId(),
                Map.of("what", refused.what()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(SignInEvent event) {
        append(event.username(), event.action(), null, null, AuditEvent.details("reason", event.reason()));
    }

    /** Appends one record and returns its sequence number. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long append(String actor, String action, Long unitId, Long reportId, Map<String, ?> details) {
        return append(actor, null, action, unitId, reportId, details);
    }

    /** Appends one record of an action done on behalf of someone (a delegation), and returns its number. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long append(
            String actor, String onBehalfOf, String action, Long unitId, Long reportId, Map<String, ?> details) {
        Map<String, Object> present = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (v != null) {
                present.put(k, v);
            }
        });
        return appendAll(actor, onBehalfOf, List.of(new AuditEvent(action, unitId, reportId, present)));
    }

    /**
     * Appends the records in order, all by one actor, to the chain of the first record's unit ({@link #chainOf}):
     * that chain's head row is locked (so concurrent writers and nodes stay in order within it, and steps of
     * other units do not wait), each record gets the next record number, its place in the chain and the hash
     * over its chain predecessor; the records are inserted by one batch and the head moved once. Returns the
     * last record's number (the chain head's when there is nothing to append).
     */
    private long appendAll(String anyActor, String anyOnBehalfOf, List<AuditEvent> events) {
        // an anchor at least once a minute while records are written (in a transaction of its own, before this
        // append locks anything of the trail)
        if (Instant.now(clock).isAfter(lastAnchorAt.plus(ANCHOR_EVERY))) {
            lastAnchorAt = Instant.now(clock);
            anchoring.execute(this::anchorQuietly);
        }
        String chain =
                events.isEmpty() ? GLOBAL_CHAIN : chainOf(events.getFirst().unitId());
        return appendTo(chain, anyActor, anyOnBehalfOf, events);
    }

    private long appendTo(String chain, String anyActor, String anyOnBehalfOf, List<AuditEvent> events) {
        String actor = bounded(anyActor, NAME_COLUMN);
        String onBehalfOf = bounded(anyOnBehalfOf, NAME_COLUMN);
        if (events.isEmpty()) {
            return lockedHead(chain).seq();
        }
        String clientAddr = clientAddress();
        // the head as this node last committed or read it (or as this transaction moved it): moved by one
        // conditional UPDATE, which locks the row as the locking read did; when another writer moved it meanwhile
        // (another node, a transaction that committed first) nothing is updated, and the head is read and locked
        Head known = knownHead(chain);
        if (known != null) {
            Appended a = records(chain, known, actor, onBehalfOf, clientAddr, events);
            int moved = jdbc.update(
                    "UPDATE rc_audit_chain SET last_chain_seq = ?, last_seq = ?, last_hash = ? "
                            + "WHERE chain_key = ? AND last_chain_seq = ? AND last_seq = ? AND last_hash = ?",
                    a.head().chainSeq(),
                    a.head().seq(),
                    a.head().hash(),
                    chain,
                    known.chainSeq(),
                    known.seq(),
                    known.hash());
            if (moved == 1) {
                insert(a.rows());
                remember(chain, a.head());
                return a.head().seq();
            }
        }
        Appended a = records(chain, lockedHead(chain), actor, onBehalfOf, clientAddr, events);
        insert(a.rows());
        jdbc.update(
                "UPDATE rc_audit_chain SET last_chain_seq = ?, last_seq = ?, last_hash = ? WHERE chain_key = ?",
                a.head().chainSeq(),
                a.head().seq(),
                a.head().hash(),
                chain);
        remember(chain, a.head());
        return a.head().seq();
    }

    /** A chain's head: its last place, the last record's number and hash. */
    record Head(long chainSeq, long seq, String hash) {}

    private record Appended(List<Object[]> rows, Head head) {}

    /** The heads this node's transactions committed, per chain (a hint: a head moved elsewhere is read anew). */
    private final Map<String, Head> committedHeads = new ConcurrentHashMap<>();

    private Head lockedHead(String chain) {
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_chain_seq, last_seq, last_hash FROM rc_audit_chain WHERE chain_key = ? FOR UPDATE", chain);
        return new Head(
                ((Number) head.get("last_chain_seq")).longValue(), ((Number) head.get("last_seq")).longValue(), (String)
                        head.get("last_hash"));
    }

    /** The head this transaction moved the chain to, or the one this node last committed; null when neither. */
    private Head knownHead(String chain) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        PendingHeads pending = pendingHeads(false);
        Head moved = pending == null ? null : pending.heads.get(chain);
        return moved != null ? moved : committedHeads.get(chain);
    }

    /** Keeps the chain's new head for this transaction, and for the node once the transaction committed. */
    private void remember(String chain, Head head) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pendingHeads(true).heads.put(chain, head);
        }
    }

    /**
     * The heads the current transaction moved, kept with its synchronization: a transaction of its own started
     * meanwhile (a refusal's record) has its own, as Spring suspends the outer one's synchronizations.
     */
    private PendingHeads pendingHeads(boolean create) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingHeads p && p.owner == this) {
                return p;
            }
        }
        if (!create) {
            return null;
        }
        PendingHeads p = new PendingHeads(this);
        TransactionSynchronizationManager.registerSynchronization(p);
        return p;
    }

    /**
     * A transaction's moved heads: the node keeps them when it commits, forgets the chains when it rolls back. A
     * class, not a record: Spring keeps synchronizations in a set, and the map changes while it is there.
     */
    private static final class PendingHeads implements TransactionSynchronization {
        private final AuditService owner;
        final Map<String, Head> heads = new HashMap<>();

        PendingHeads(AuditService owner) {
            this.owner = owner;
        }

        @Override
        public void afterCompletion(int status) {
            if (status == STATUS_COMMITTED) {
                heads.forEach((chain, head) -> owner.committedHeads.merge(
                        chain, head, (old, now) -> now.chainSeq() >= old.chainSeq() ? now : old));
            } else {
                heads.keySet().forEach(owner.committedHeads::remove);
            }
        }
    }

    /** The rows of the records appended after {@code head}, each hashed over its chain predecessor. */
    private Appended records(
            String chain, Head head, String actor, String onBehalfOf, String clientAddr, List<AuditEvent> events) {
        long chainSeq = head.chainSeq();
        long prevSeq = head.seq();
        String hash = head.hash();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            long seq = nextNumber(chain, prevSeq, at);
            chainSeq++;
            String detailsJson = json.writeValueAsString(new TreeMap<>(event.details()));
            String prevHash = hash;
            hash = hash(
                    new AuditRecord(
                            seq,
                            at,
                            actor,
                            onBehalfOf,
                            event.unitId(),
                            event.reportId(),
                            event.action(),
                            detailsJson,
                            clientAddr,
                            prevHash,
                            null),
                    new ChainLink(chain, chainSeq, prevSeq));
            rows.add(new Object[] {
                seq,
                at.toEpochMilli(),
                actor,
                onBehalfOf,
                event.unitId(),
                event.reportId(),
                event.action(),
                detailsJson,
                clientAddr,
                prevHash,
                hash,
                chain,
                chainSeq,
                prevSeq
            });
            prevSeq = seq;
        }
        return new Appended(rows, new Head(chainSeq, prevSeq, hash));
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate(
                "INSERT INTO rc_audit (seq, at, actor, on_behalf_of, unit_id, report_id, action, details, "
                        + "client_addr, prev_hash, hash, chain_key, chain_seq, prev_seq) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /**
     * A record's number, with no shared counter: the time in milliseconds times 128 plus the chain's index, or
     * the chain predecessor's number plus 128 when that is larger. Within a chain the numbers grow, all numbers
     * of one chain leave the same remainder by 128, so no two records anywhere share one (nor one from before
     * the chains, which were numbered 1, 2, …), and across chains they follow the clock.
     */
    static long nextNumber(String chain, long prevSeq, Instant at) {
        long byClock = at.toEpochMilli() * NUMBERS_PER_MILLI + chainIndex(chain);
        return prevSeq == 0 ? byClock : Math.max(byClock, prevSeq + NUMBERS_PER_MILLI);
    }

    /** The chain's index, below {@link #NUMBERS_PER_MILLI}: {@code a} 0, {@code g} 1, {@code s<i>} i + 2. */
    static int chainIndex(String chain) {
        return switch (chain) {
            case ANCHOR_CHAIN -> 0;
            case GLOBAL_CHAIN -> 1;
            default -> 2 + Integer.parseInt(chain.substring(1));
        };
    }

    /** The chain of the records of a unit: one of {@link #STRIPES}, by unit id; {@code g} without a unit. */
    static String chainOf(Long unitId) {
        return unitId == null ? GLOBAL_CHAIN : "s" + Math.floorMod(unitId, STRIPES);
    }

    /**
     * Writes an anchor: a record in chain {@code a} listing every chain's head (its place, record number and
     * hash) as committed now, so that verification can tell a chain's records that were cut off together with
     * its head. Runs in a transaction of its own; nothing is written when no head moved since the last anchor.
     * Returns the anchor's record number, or null.
     */
    private void anchorQuietly() {
        try {
            anchor();
        } catch (RuntimeException e) {
            // the next anchor lists the heads again; the trail itself is written in the writers' transactions
            LoggerFactory.getLogger(AuditService.class).warn("audit anchor not written: {}", e.toString());
        }
    }

    public Long anchor() {
        return newTransaction == null ? writeAnchor() : newTransaction.execute(status -> writeAnchor());
    }

    private Long writeAnchor() {
        Map<String, List<Object>> heads = new TreeMap<>();
        jdbc.query(
                "SELECT chain_key, last_chain_seq, last_seq, last_hash FROM rc_audit_chain "
                        + "WHERE chain_key <> ? AND last_chain_seq > 0",
                rs -> {
                    heads.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getString(4)));
                },
                ANCHOR_CHAIN);
        if (heads.isEmpty() || heads.equals(lastAnchored)) {
            return null;
        }
        long seq = appendTo(
                ANCHOR_CHAIN,
                "system",
                null,
                List.of(new AuditEvent(ANCHOR_ACTION, null, null, Map.of("heads", heads))));
        lastAnchored = heads;
        return seq;
    }

    /** The chain's place and predecessor, hashed with a record of a chain. */
    record ChainLink(String chain, long chainSeq, long prevSeq) {}

    /** The hash of a record of a chain: its content, its predecessor's hash, its chain, place and predecessor. */
    static String hash(AuditRecord r, ChainLink link) {
        return sha256(canonical(r) + "\u001f" + link.chain() + "\u001f" + link.chainSeq() + "\u001f" + link.prevSeq());
    }

    /** The hash over a record's content and its predecessor's hash (the records from before the chains). */
    static String hash(AuditRecord r) {
        return sha256(canonical(r));
    }

    private static String canonical(AuditRecord r) {
        return String.join(
                "\u001f",
                String.valueOf(r.seq()),
                String.valueOf(r.at().toEpochMilli()),
                r.actor(),
                String.valueOf(r.onBehalfOf()),
                String.valueOf(r.unitId()),
                String.valueOf(r.reportId()),
                r.action(),
                String.valueOf(r.details()),
                String.valueOf(r.clientAddr()),
                r.prevHash());
    }

    private static String sha256(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String actor() {
        return currentUsers.callerName();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return bounded(request.getRemoteAddr(), 64);
        }
        return null;
    }

    /**
     * A name as the trail stores it: never longer than its column, so a record cannot fail on long input (a
     * sign-in attempt with a 10,000-character name is still recorded). A cut name ends with the marker
     * {@code …[+N]}, N the characters left out.
     */
    static String bounded(String value, int column) {
        if (value == null || value.length() <= column) {
            return value;
        }
        String marker = "…[+" + (value.length() - column) + "]";
        int keep = column - marker.length() - 2;
        String cut = value.substring(0, keep);
        int left = value.length() - cut.length();
        return cut + "…[+" + left + "]";
    }
}
