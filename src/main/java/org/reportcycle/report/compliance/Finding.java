package org.reportcycle.report.compliance;

import org.reportcycle.shared.Part;

/**
 * One problem found in a report.
 *
 * @param code stable identifier, e.g. {@code part.missing}, {@code title.form}, {@code year.mismatch}
 * @param part the part concerned, or {@code null} when the finding is about the whole report or the title
 * @param severity whether it blocks submission
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param passage the quoted text the finding is about, or {@code null}
 */
public record Finding(String code, Part part, Severity severity, String messageZh, String messageEn, String passage) {

    /** Longest passage quoted; longer ones are cut, the reader has the full text next to it. */
    static final int MAX_PASSAGE = 160;

    public Finding {
        if (passage != null && passage.length() > MAX_PASSAGE) {
            passage = passage.substring(0, MAX_PASSAGE - 1) + "…";
        }
    }

    public boolean blocking() {
        return severity == Severity.ERROR;
    }
}
