package org.reportcycle.report.diff;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a side-by-side comparison: a paragraph of the old text next to the paragraph of the new text
 * it corresponds to, or next to nothing when it was inserted or deleted.
 *
 * @param oldNumber   the paragraph's position in the old text, from 1; 0 when the row has no old paragraph
 * @param newNumber   the same in the new text
 * @param oldSegments the old paragraph as {@link Segment.Type#EQUAL} and {@link Segment.Type#DELETED} runs
 * @param newSegments the new paragraph as {@link Segment.Type#EQUAL} and {@link Segment.Type#INSERTED} runs
 * @param moved       an inserted or deleted paragraph whose identical twin is deleted or inserted elsewhere:
 *                    the paragraph was moved, not rewritten
 */
public record DiffLine(
        Kind kind, int oldNumber, int newNumber, List<Segment> oldSegments, List<Segment> newSegments, boolean moved) {

    public enum Kind {
        EQUAL,
        /** Both sides present, with character-level changes. */
        CHANGED,
        INSERTED,
        DELETED
    }

    public DiffLine {
        oldSegments = List.copyOf(oldSegments);
        newSegments = List.copyOf(newSegments);
    }

    static DiffLine equal(int oldNumber, int newNumber, String text) {
        List<Segment> same = List.of(new Segment(Segment.Type.EQUAL, text));
        return new DiffLine(Kind.EQUAL, oldNumber, newNumber, same, same, false);
    }

    static DiffLine deleted(int oldNumber, String text) {
        return new DiffLine(
                Kind.DELETED, oldNumber, 0, List.of(new Segment(Segment.Type.DELETED, text)), List.of(), false);
    }

    static DiffLine inserted(int newNumber, String text) {
        return new DiffLine(
                Kind.INSERTED, 0, newNumber, List.of(), List.of(new Segment(Segment.Type.INSERTED, text)), false);
    }

    DiffLine asMoved() {
        return new DiffLine(kind, oldNumber, newNumber, oldSegments, newSegments, true);
    }

    /** The old paragraph's text; empty for an inserted paragraph. */
    public String oldText() {
        return oldSegments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** The new paragraph's text; empty for a deleted paragraph. */
    public String newText() {
        return newSegments.stream().map(Segment::text).collect(Collectors.joining());
    }

    public boolean changed() {
        return kind != Kind.EQUAL;
    }
}
