package org.reportcycle.audit;

import java.time.Instant;

/** What to look for in the trail; null fields match everything. {@code action} matches as a prefix. */
public record AuditFilter(Long unitId, Long reportId, String actor, String action, Instant from, Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
