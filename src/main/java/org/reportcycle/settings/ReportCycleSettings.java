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
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Demo demo,
        @DefaultValue Metrics metrics) {

    /** E-mail notices: off unless switched on and Spring Mail's SMTP settings are given. */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("reportcycle@localhost") String from) {}

    /** Where links in notices point (the application's own address; the portal's when unset). */
    public record Notify(String baseUrl) {}

    /** Reminders this many days before each milestone's due day. */
    public record Deadlines(@DefaultValue("3") int remindDaysBefore) {}

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
     */
    public record Security(
            Integer maxFailedLogins,
            Duration lockout,
            Duration failureDelay,
            Integer delayAfter,
            Integer sourceMaxNames,
            Duration sourceWindow) {

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

    /** The first administrator of a fresh installation (ignored once one exists, and under the demo dataset). */
    public record Bootstrap(String adminUsername, String adminPassword) {}

    /** The demo dataset of the embedded default. */
    public record Demo(@DefaultValue("false") boolean enabled) {}

    /** How old the business metrics may be before they are read again. */
    public record Metrics(@DefaultValue("5s") Duration maxAge) {}

    /** The address notices link to: {@code notify.base-url}, else the public base URL. */
    public String noticeBaseUrl() {
        return notices.baseUrl() == null || notices.baseUrl().isBlank() ? publicBaseUrl : notices.baseUrl();
    }
}
