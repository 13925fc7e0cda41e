package org.reportcycle.report.diff;

import java.util.List;

/**
 * How much changed between two texts. Characters are counted as code points. A moved paragraph counts
 * only in {@code paragraphsMoved}: nothing in it was written or removed.
 *
 * @param paragraphsChanged paragraphs present in both versions with characters changed
 * @param paragraphsMoved   paragraphs moved unchanged to another position
 */
public record DiffSummary(
        int charsInserted,
        int charsDeleted,
        int paragraphsChanged,
        int paragraphsInserted,
        int paragraphsDeleted,
        int paragraphsMoved) {

    public static final DiffSummary NONE = new DiffSummary(0, 0, 0, 0, 0, 0);

    public static DiffSummary of(List<DiffLine> lines) {
        int inserted = 0;
        int deleted = 0;
        int changed = 0;
        int insertedLines = 0;
        int deletedLines = 0;
        int moved = 0;
        for (DiffLine line : lines) {
            if (line.moved()) {
                // counted once per pair, on its deleted half
                moved += line.kind() == DiffLine.Kind.DELETED ? 1 : 0;
                continue;
            }
            switch (line.kind()) {
                case CHANGED -> changed++;
                case INSERTED -> insertedLines++;
                case DELETED -> deletedLines++;
                case EQUAL -> {}
            }
            inserted += count(line.newSegments(), Segment.Type.INSERTED);
            deleted += count(line.oldSegments(), Segment.Type.DELETED);
        }
        return new DiffSummary(inserted, deleted, changed, insertedLines, deletedLines, moved);
    }

    public boolean hasChanges() {
        return !equals(NONE);
    }

    /** Paragraphs that differ in any way. */
    public int paragraphsTouched() {
        return paragraphsChanged + paragraphsInserted + paragraphsDeleted + paragraphsMoved;
    }

    public DiffSummary plus(DiffSummary other) {
        return new DiffSummary(
                charsInserted + other.charsInserted,
                charsDeleted + other.charsDeleted,
                paragraphsChanged + other.paragraphsChanged,
                paragraphsInserted + other.paragraphsInserted,
                paragraphsDeleted + other.paragraphsDeleted,
                paragraphsMoved + other.paragraphsMoved);
    }

    private static int count(List<Segment> segments, Segment.Type type) {
        return segments.stream()
                .filter(s -> s.type() == type)
                .mapToInt(Segment::length)
                .sum();
    }
}
