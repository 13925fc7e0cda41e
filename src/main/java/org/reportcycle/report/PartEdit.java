package org.reportcycle.report;

/**
 * A drafter's new text for a part.
 *
 * @param baseRowVersion the row version the drafter started from (-1 for a part that did not exist);
 *     null skips the stale-edit check (imports that replace the whole report)
 */
public record PartEdit(String text, Long baseRowVersion) {}
