package org.reportcycle.report.diff;

/**
 * A run of characters within one side of a {@link DiffLine}: unchanged, or inserted (new side only), or
 * deleted (old side only).
 */
public record Segment(Type type, String text) {

    public enum Type {
        EQUAL,
        INSERTED,
        DELETED
    }

    public Segment {
        text = text == null ? "" : text;
    }

    /** The number of characters (code points, so a rare character outside the BMP counts once). */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    public boolean changed() {
        return type != Type.EQUAL;
    }
}
