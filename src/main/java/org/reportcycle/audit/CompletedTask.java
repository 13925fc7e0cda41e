package org.reportcycle.audit;

import java.time.Instant;

/**
 * A step the signed-in person completed (已办), read from the trail: which report (unit and year), the action
 * that records the outcome (e.g. {@code review.passed}), when, and for whom when acting under a delegation.
 */
public record CompletedTask(
        long seq, Long reportId, String unitName, Integer year, String action, Instant at, String onBehalfOf) {}
