package org.reportcycle.report.diff;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;
import org.springframework.stereotype.Component;

/**
 * Compares two versions of a report part by part, so that a reviewer sees changes under the part they
 * belong to. Paragraphs are never aligned across parts: text moved from part 1 to part 2 shows as deleted
 * in one and inserted in the other. Stateless and thread-safe.
 */
@Component
public class ReportDiff {

    private final TextDiff textDiff;

    public ReportDiff(TextDiff textDiff) {
        this.textDiff = textDiff;
    }

    public ReportComparison compare(ReportText older, ReportText newer) {
        ReportText before = older == null ? new ReportText("", null) : older;
        ReportText after = newer == null ? new ReportText("", null) : newer;
        List<DiffLine> title = textDiff.sideBySide(oneLine(before.title()), oneLine(after.title()));
        List<PartDiff> parts = new ArrayList<>();
        for (Part part : Part.documentOrder()) {
            if (before.parts().containsKey(part) || after.parts().containsKey(part)) {
                List<DiffLine> lines = textDiff.sideBySide(before.part(part), after.part(part));
                parts.add(new PartDiff(part, lines, DiffSummary.of(lines)));
            }
        }
        return new ReportComparison(title, parts);
    }

    /** A title broken over two lines is still one title. */
    private static String oneLine(String title) {
        return title.lines().map(String::strip).reduce("", String::concat);
    }
}
