package org.reportcycle.settings;

import java.time.Duration;
import java.time.ZoneId;
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

    /** Sign-in throttling. */
    public record Security(
            @DefaultValue("10") int maxFailedLogins,
            @DefaultValue("15m") Duration lockout) {}

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
