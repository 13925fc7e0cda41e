package org.reportcycle.report.importing;

import java.util.List;
import org.reportcycle.shared.Part;

/**
 * A heading that starts a section, with its part.
 *
 * @param candidate the heading line
 * @param part the part its section goes to
 * @param basis why
 * @param lifted true for a sub-heading lifted to a section of its own; its section ends at the next
 *     heading of its own level or above, and the enclosing part resumes
 * @param confidence how sure the assignment is, 0 … 100
 * @param words the words that decided
 */
record AssignedHeading(
        HeadingCandidate candidate,
        Part part,
        ClassifiedHeading.Basis basis,
        boolean lifted,
        int confidence,
        List<String> words) {

    ClassifiedHeading toClassified() {
        return new ClassifiedHeading(part, candidate.display(), candidate.line().number(), basis, confidence, words);
    }
}
