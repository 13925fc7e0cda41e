package org.reportcycle.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportcycle.security.ActingFor;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.AccessRefused;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;
import org.reportcycle.shared.SignInEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit trail. Listens to the events services publish, in the publisher's transaction, so a
 * change and its record commit together. Each record is chained to the one before by a SHA-256 hash;
 * the head row is locked while a record is appended, so concurrent writers (and nodes) stay in order.
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

    public AuditService(JdbcTemplate jdbc, CurrentUserService currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
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
     * Appends the records in order, all by one actor: the chain's head row is locked (so concurrent writers and
     * nodes stay in order), each record hashed over its predecessor, the records inserted by one batch and the
     * head moved once. Returns the last record's sequence number (the head's when there is nothing to append).
     */
    private long appendAll(String anyActor, String anyOnBehalfOf, List<AuditEvent> events) {
        String actor = bounded(anyActor, NAME_COLUMN);
        String onBehalfOf = bounded(anyOnBehalfOf, NAME_COLUMN);
        Map<String, Object> head =
                jdbc.queryForMap("SELECT last_seq, last_hash FROM rc_audit_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        if (events.isEmpty()) {
            return seq;
        }
        String hash = (String) head.get("last_hash");
        String clientAddr = clientAddress();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            seq++;
            Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            String detailsJson = json.writeValueAsString(new TreeMap<>(event.details()));
            String prevHash = hash;
            hash = hash(new AuditRecord(
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
                    null));
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
                hash
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_audit (seq, at, actor, on_behalf_of, unit_id, report_id, action, details, "
                        + "client_addr, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.update("UPDATE rc_audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return seq;
    }

    /** The hash over a record's content and its predecessor's hash. */
    static String hash(AuditRecord r) {
        String canonical = String.join(
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
