package org.reportcycle.shared;

import java.util.List;

/**
 * Several {@link AuditEvent}s of one change set (such as the reports a cycle opening creates), written to the
 * audit trail in the publisher's transaction, in order, under a single lock of the chain's head.
 */
public record AuditEvents(List<AuditEvent> events) {

    public AuditEvents {
        events = List.copyOf(events);
    }
}
