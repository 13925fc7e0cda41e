package org.reportcycle.report.importing;

import java.util.List;
import org.reportcycle.shared.Part;

/**
 * A heading that starts a section of the imported text, and the part it was mapped to.
 *
 * @param part the statutory part the section belongs to
 * @param text the heading as written in the source, trimmed
 * @param line 1-based line (.txt) or paragraph (.docx) number in the original upload
 * @param basis why this part was chosen, so the UI can ask the drafter to confirm the uncertain ones
 * @param confidence how sure the importer is of the part, 0 … 100
 * @param words the words of the heading that decided the part (empty when its position decided)
 */
public record ClassifiedHeading(Part part, String text, int line, Basis basis, int confidence, List<String> words) {

    /** Below this confidence the preview asks the drafter to confirm the part. */
    public static final int CONFIRM_BELOW = 60;

    public ClassifiedHeading {
        words = List.copyOf(words);
    }

    /** The drafter should confirm this heading's part before accepting. */
    public boolean toConfirm() {
        return confidence < CONFIRM_BELOW;
    }

    /** How a heading got its part. */
    public enum Basis {
        /** The wording of the heading names the part. */
        MEANING,
        /** The wording was inconclusive; the heading's position among the other headings decided. */
        POSITION,
        /** A sub-heading whose wording names a part missing at the top level, lifted to a section of its own. */
        LIFTED
    }

    /** The same heading mapped to another part, e.g. after the drafter corrected it. */
    public ClassifiedHeading withPart(Part newPart) {
        return new ClassifiedHeading(newPart, text, line, basis, confidence, words);
    }
}
