/**
 * The append-only, hash-chained audit trail. Listens to {@link org.reportcycle.shared.AuditEvent}s;
 * nobody calls it to write. Depends on {@code shared} and {@code security}.
 */
package org.reportcycle.audit;
