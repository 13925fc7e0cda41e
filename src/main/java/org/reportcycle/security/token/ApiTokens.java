package org.reportcycle.security.token;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists and revokes API tokens. Administrators issue system tokens (for another system, e.g. the
 * city's 依法治市 platform); everyone issues personal tokens with at most their own rights. A token is
 * shown once and stored only as its SHA-256; issuing and revoking are audited with the change.
 */
@Service
public class ApiTokens {

    /** The longest a token may live. */
    static final int MAX_DAYS = 366;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenStore store;
    private final AccessGuard guard;
    private final TokenUnits units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public ApiTokens(
            TokenStore store,
            AccessGuard guard,
            TokenUnits units,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings) {
        this.store = store;
        this.guard = guard;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** A personal token of the caller: scopes and units within the caller's own rights. */
    @Transactional
    public IssuedToken issuePersonal(TokenRequest request) {
        CurrentUser caller = guard.caller();
        Set<Long> reach = units.subTrees(request.unitIds());
        if (!caller.administrator() && !caller.unitIds().containsAll(reach)) {
            throw guard.refuse(caller, "token.units", null, null);
        }
        if (!caller.administrator() && request.scopes().contains(TokenScope.READ_METRICS.code())) {
            throw guard.refuse(caller, "token.scope." + TokenScope.READ_METRICS.code(), null, null);
        }
        return issue(caller, "PERSONAL", request, reach);
    }

    /** A system token; administrators only. It acts as the issuing administrator, narrowed to its units. */
    @Transactional
    public IssuedToken issueSystem(TokenRequest request) {
        CurrentUser caller = guard.requireAdministrator();
        return issue(caller, "SYSTEM", request, units.subTrees(request.unitIds()));
    }

    private IssuedToken issue(CurrentUser caller, String kind, TokenRequest request, Set<Long> reach) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new UserFacingException("error.token.name");
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String code : request.scopes()) {
            scopes.add(TokenScope.ofCode(code)
                    .orElseThrow(() -> new UserFacingException("error.token.scope", code))
                    .code());
        }
        if (scopes.isEmpty()) {
            throw new UserFacingException("error.token.noScope");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate last = request.expiresOn();
        if (last == null || last.isBefore(today) || last.isAfter(today.plusDays(MAX_DAYS))) {
            throw new UserFacingException("error.token.expiry", MAX_DAYS);
        }
        Instant now = Instant.now(clock);
        Instant expires = last.plusDays(1).atStartOfDay(zone).toInstant();
        String secret = newSecret();
        TokenInfo info = new TokenInfo(
                null,
                name,
                secret.substring(0, TokenHash.PREFIX_LENGTH),
                kind,
                caller.username(),
                caller.username(),
                scopes,
                reach,
                now,
                expires,
                null,
                null);
        Long id = store.insert(TokenHash.of(secret), info);
        events.publishEvent(new AuditEvent(
                "token.issued",
                null,
                null,
                AuditEvent.details(
                        "token",
                        id,
                        "name",
                        name,
                        "kind",
                        kind,
                        "scopes",
                        String.join(" ", scopes),
                        "units",
                        reach.size(),
                        "expires",
                        last.toString())));
        return new IssuedToken(secret, store.find(id).orElseThrow());
    }

    /** The caller's personal tokens, newest first. */
    @Transactional(readOnly = true)
    public List<TokenInfo> mine() {
        return store.list("PERSONAL", guard.caller().username());
    }

    /** Every system token, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<TokenInfo> systemTokens() {
        guard.requireAdministrator();
        return store.list("SYSTEM", null);
    }

    /** Revokes a token at once: its owner, or an administrator for any token. */
    @Transactional
    public TokenInfo revoke(Long id) {
        CurrentUser caller = guard.caller();
        TokenInfo token = store.find(id).orElseThrow(() -> new NotFoundException("error.token.notFound", id));
        boolean own = "PERSONAL".equals(token.kind()) && token.owner().equals(caller.username());
        if (!own && !caller.administrator()) {
            throw guard.refuse(caller, "token.revoke", null, null);
        }
        if (token.revokedAt() == null) {
            store.revoke(id, caller.username(), Instant.now(clock));
            events.publishEvent(new AuditEvent(
                    "token.revoked",
                    null,
                    null,
                    AuditEvent.details(
                            "token", id, "name", token.name(), "kind", token.kind(), "owner", token.owner())));
        }
        return store.find(id).orElseThrow();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "rct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
