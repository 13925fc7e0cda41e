package org.reportcycle.audit;

import java.time.Instant;

/** One record of the audit trail, as stored. */
public record AuditRecord(
        long seq,
        Instant at,
        String actor,
        String onBehalfOf,
        Long unitId,
        Long reportId,
        String action,
        String details,
        String clientAddr,
        String prevHash,
        String hash) {}
