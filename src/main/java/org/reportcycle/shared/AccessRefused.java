package org.reportcycle.shared;

/** Published when a caller is refused; the audit trail records it in a transaction of its own. */
public record AccessRefused(String username, String what, Long unitId, Long reportId) {}
