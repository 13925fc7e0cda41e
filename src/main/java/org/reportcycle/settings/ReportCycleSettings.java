package org.reportcycle.settings;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Every {@code reportcycle.*} setting, bound once at start-up (README: configuration reference). Injected where
 * needed instead of {@code @Value}s, so a setting has one name, one type and one default.
 *
 * @param zone the office's time zone: due days, "today", dates on documents
 * @param publicBaseUrl the address the public reaches the portal at (feed links, signatures' verification links)
 */
@ConfigurationProperties("reportcycle")
public record ReportCycleSettings(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue Mail mail,
        @Name("notify") @DefaultValue Notify notices,
        @DefaultValue Deadlines deadlines,
        @DefaultValue Opening opening,
        @DefaultValue Publication publication,
        @DefaultValue Security security,
        @DefaultValue Copies copies,
        @DefaultValue Signing signing,
        @DefaultValue Robots robots,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Demo demo,
        @DefaultValue Metrics metrics,
        @DefaultValue Sso sso) {

    /** E-mail notices: off unless switched on and Spring Mail's SMTP settings are given. */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("reportcycle@localhost") String from) {}

    /** Where links in notices point (the application's own address; the portal's when unset). */
    public record Notify(String baseUrl) {}

    /**
     * Reminders this many days before each milestone's due day; the open tasks' due dates are scanned for due
     * reminders and escalations this often (zero: never, as in the tests, which run the scan themselves).
     */
    public record Deadlines(
            @DefaultValue("3") int remindDaysBefore,
            @DefaultValue("1m") Duration scanEvery) {}

    /** Units opened per transaction by the opening job. */
    public record Opening(@DefaultValue("200") int chunkSize) {}

    /** The form of a published report's 索引号; {@code {unit}}, {@code {year}}, {@code {report}} are filled in. */
    public record Publication(
            @DefaultValue("{unit}-{year}-{report}") String indexPattern) {}

    /**
     * How failed sign-ins are throttled ({@code reportcycle.security.*}); counted per login name and source address
     * together, in the database (shared by the nodes).
     *
     * @param maxFailedLogins failures in a row of one name from one address that block the name from that address (1–10)
     * @param lockout how long such a block, and a source address's block, lasts
     * @param failureDelay after {@code delayAfter} failures in a row, the wait before the next attempt of the name
     *     from that address is checked at all: this, doubled with each further failure (0: no wait)
     * @param delayAfter failures in a row before the waits begin
     * @param sourceMaxNames distinct names failing from one address within {@code sourceWindow} that block the
     *     address for {@code lockout} (names that signed in from it before are not blocked)
     * @param sourceWindow the window for {@code sourceMaxNames}
     * @param callerCache how long a node keeps a person's memberships and delegations once read for a request
     *     (5 s; 0: read on every request). A change made on the node counts at once; on another node of the same
     *     database within this time
     */
    public record Security(
            Integer maxFailedLogins,
            Duration lockout,
            Duration failureDelay,
            Integer delayAfter,
            Integer sourceMaxNames,
            Duration sourceWindow,
            Duration callerCache) {

        public Security {
            maxFailedLogins = maxFailedLogins == null ? 10 : maxFailedLogins;
            if (maxFailedLogins < 1 || maxFailedLogins > 10) {
                throw new IllegalArgumentException("reportcycle.security.max-failed-logins must be 1..10");
            }
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
            failureDelay = failureDelay == null ? Duration.ofSeconds(1) : failureDelay;
            delayAfter = delayAfter == null ? 3 : delayAfter;
            sourceMaxNames = sourceMaxNames == null ? 20 : sourceMaxNames;
            sourceWindow = sourceWindow == null ? Duration.ofMinutes(10) : sourceWindow;
            callerCache = callerCache == null ? Duration.ofSeconds(5) : callerCache;
        }

        /** The wait after {@code failures} failures in a row: none up to {@code delayAfter}, then doubling, capped. */
        public Duration waitAfter(int failures) {
            if (failures < delayAfter || failureDelay.isZero()) {
                return Duration.ZERO;
            }
            int doublings = Math.min(20, failures - delayAfter);
            Duration wait = failureDelay.multipliedBy(1L << doublings);
            return wait.compareTo(lockout) > 0 ? lockout : wait;
        }
    }

    /**
     * Who a report may be copied to (抄送), besides the active people of the report's own unit, the unit that
     * supervises it (its parent) and the supervising office's administrators: per unit code, further unit codes
     * whose people may receive its copies, e.g. {@code reportcycle.copies.allowed-units.caotan=sfj,zfb}.
     *
     * @param allowedUnits unit code → the codes of further units allowed to receive its reports' copies
     */
    public record Copies(Map<String, List<String>> allowedUnits) {

        public Copies {
            allowedUnits = allowedUnits == null ? Map.of() : Map.copyOf(allowedUnits);
        }

        public List<String> allowedFor(String unitCode) {
            return allowedUnits.getOrDefault(unitCode, List.of());
        }
    }

    /**
     * The signing key ({@code reportcycle.signing.*}). Without a keystore the application signs with a demo
     * key it generates on first start (kept in {@code demoKeystore} when that is set), and says so on the documents.
     *
     * @param keystore path of a PKCS#12 keystore holding the supervising office's key and certificate chain
     * @param password the keystore's (and key's) password
     * @param alias the key's alias; the keystore's first key when blank
     * @param signerName the name printed as signer; the certificate's CN when blank
     * @param tsaUrl an RFC 3161 timestamp authority; no timestamp when blank
     * @param demoKeystore where the generated demo key is kept between starts; in memory only when blank
     * @param demoSignerName the signer's name on the demo certificate
     */
    public record Signing(
            String keystore,
            String password,
            String alias,
            String signerName,
            String tsaUrl,
            String demoKeystore,
            String demoSignerName) {

        public Signing {
            password = password == null ? "" : password;
            demoSignerName = demoSignerName == null || demoSignerName.isBlank() ? "示例县依法治县办" : demoSignerName;
        }

        public boolean hasKeystore() {
            return keystore != null && !keystore.isBlank();
        }
    }

    /**
     * Robot delivery ({@code reportcycle.robots.*}): HTTP timeout, retries of a failed post with exponential backoff
     * (first after {@code retryBase}, doubling, at most {@code maxAttempts} posts), how often due retries are looked
     * for.
     */
    public record Robots(
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("1m") Duration retryBase,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("30s") Duration sweepEvery) {}

    /** The first administrator of a fresh installation (ignored once one exists, and under the demo dataset). */
    public record Bootstrap(String adminUsername, String adminPassword) {}

    /** The demo dataset of the embedded default. */
    public record Demo(@DefaultValue("false") boolean enabled) {}

    /** How old the business metrics may be before they are read again. */
    public record Metrics(@DefaultValue("5s") Duration maxAge) {}

    /**
     * Single sign-on through the office's identity service (统一身份认证) by OpenID Connect
     * ({@code reportcycle.sso.*}); off by default, and then no identity service is asked for anything.
     *
     * @param enabled whether the sign-in page offers single sign-on
     * @param issuerUri the identity service's issuer; its OpenID configuration is read from
     *     {@code {issuerUri}/.well-known/openid-configuration} at the first sign-in
     * @param clientId this application's client id at the identity service
     * @param clientSecret its client secret
     * @param claim the claim whose value is a person's login name here (e.g. {@code preferred_username}, or an
     *     employee number's claim where login names are employee numbers)
     * @param scopes the scopes asked for ({@code openid} always included)
     * @param buttonLabel the sign-in button's text; the translated 「统一身份认证登录」 when blank
     * @param signOutAtIdentityService whether signing out of a single sign-on also ends the person's session at the
     *     identity service (OpenID Connect RP-initiated logout, where the service offers it), so that the next person
     *     at the same computer is not signed in as them
     */
    public record Sso(
            @DefaultValue("false") boolean enabled,
            String issuerUri,
            String clientId,
            String clientSecret,
            @DefaultValue("preferred_username") String claim,
            @DefaultValue({"openid", "profile"}) List<String> scopes,
            String buttonLabel,
            @DefaultValue("true") boolean signOutAtIdentityService) {

        public Sso {
            if (enabled && (blank(issuerUri) || blank(clientId) || blank(claim))) {
                throw new IllegalArgumentException(
                        "reportcycle.sso.enabled needs reportcycle.sso.issuer-uri, client-id and claim");
            }
            scopes = scopes == null ? List.of("openid") : List.copyOf(scopes);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** The address notices link to: {@code notify.base-url}, else the public base URL. */
    public String noticeBaseUrl() {
        return notices.baseUrl() == null || notices.baseUrl().isBlank() ? publicBaseUrl : notices.baseUrl();
    }
}
