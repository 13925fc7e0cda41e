package org.reportcycle.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Published by a service for every change it makes; the audit trail writes it in the publisher's
 * transaction, so the change and its record commit together or not at all.
 *
 * @param action a dotted action name such as {@code report.submitted}
 * @param unitId the unit concerned, or null
 * @param reportId the report concerned, or null
 * @param details small values describing the change (opinion, reason, version …)
 */
public record AuditEvent(String action, Long unitId, Long reportId, Map<String, ?> details) {

    public AuditEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static AuditEvent of(String action, Long unitId, Long reportId) {
        return new AuditEvent(action, unitId, reportId, Map.of());
    }

    /** Details from alternating keys and values; null values are left out. */
    public static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
            }
        }
        return map;
    }
}
