package org.reportcycle.report.diff;

import java.util.List;
import java.util.Optional;
import org.reportcycle.shared.Part;

/**
 * Two versions of a report compared: the title and every part that either version has, in
 * {@link Part#documentOrder()}.
 *
 * @param title the title as a single-line comparison (one {@link DiffLine}, or none when both are blank)
 * @param parts one entry per part present in either version, unchanged parts included
 */
public record ReportComparison(List<DiffLine> title, List<PartDiff> parts) {

    public ReportComparison {
        title = List.copyOf(title);
        parts = List.copyOf(parts);
    }

    public Optional<PartDiff> part(Part part) {
        return parts.stream().filter(p -> p.part() == part).findFirst();
    }

    public List<PartDiff> changedParts() {
        return parts.stream().filter(PartDiff::changed).toList();
    }

    public boolean titleChanged() {
        return title.stream().anyMatch(DiffLine::changed);
    }

    /** Title and all parts together. */
    public DiffSummary total() {
        return parts.stream().map(PartDiff::summary).reduce(DiffSummary.of(title), DiffSummary::plus);
    }

    public boolean hasChanges() {
        return total().hasChanges();
    }
}
