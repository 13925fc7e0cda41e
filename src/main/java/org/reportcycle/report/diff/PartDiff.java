package org.reportcycle.report.diff;

import java.util.List;
import org.reportcycle.shared.Part;

/**
 * The comparison of one part of two report versions.
 *
 * @param part    the part
 * @param lines   its paragraphs side by side
 * @param summary what changed in it
 */
public record PartDiff(Part part, List<DiffLine> lines, DiffSummary summary) {

    public PartDiff {
        lines = List.copyOf(lines);
    }

    public boolean changed() {
        return summary.hasChanges();
    }
}
