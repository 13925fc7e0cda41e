package org.reportcycle.shared;

import java.util.List;

/**
 * Several {@link NotifyEvent}s of one change set (such as the drafting tasks a cycle opening creates): stored
 * like that many events, with the recipients and their preferences read once and the notices inserted by a
 * batch.
 */
public record NotifyEvents(List<NotifyEvent> events) {

    public NotifyEvents {
        events = List.copyOf(events);
    }
}
