package org.reportcycle.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Asks for people to be told something: published by any service inside its transaction; the
 * notification feature stores an in-app notice per recipient and, where the recipient wants it and
 * e-mail is configured, sends an e-mail after the transaction commits.
 *
 * @param recipients usernames to tell
 * @param kind what it is about: {@code task}, {@code returned}, {@code reminder}, {@code overdue},
 *     {@code chase}, {@code published}, {@code cc} …; recipients choose per kind what they receive
 * @param unitId the unit concerned, or null
 * @param reportId the report concerned, or null
 * @param messageKey the message key of the notice's text (bundles {@code i18n/*})
 * @param args the message's arguments, as text
 * @param link the deep link inside the application, e.g. {@code reports/42}, or null
 */
public record NotifyEvent(
        Set<String> recipients,
        String kind,
        Long unitId,
        Long reportId,
        String messageKey,
        List<String> args,
        String link) {

    public NotifyEvent {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static NotifyEvent of(
            Collection<String> recipients,
            String kind,
            Long unitId,
            Long reportId,
            String messageKey,
            String link,
            String... args) {
        return new NotifyEvent(Set.copyOf(recipients), kind, unitId, reportId, messageKey, List.of(args), link);
    }
}
