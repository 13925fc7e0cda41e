package org.reportcycle.report.importing;

import java.util.List;

/**
 * A run of cleaned lines owned by one heading. Kept in the preview so the text can be re-assembled when
 * the drafter moves a heading to another part, without parsing the upload again.
 *
 * @param ownerLine line number of the owning heading, or {@link #PREAMBLE} for text before the first heading
 * @param lines the cleaned lines in order, the heading line itself first when the block starts with it
 */
public record TextBlock(int ownerLine, List<String> lines) {

    /** Owner of the text before the first heading; it goes to part 1 unless overridden. */
    public static final int PREAMBLE = 0;

    public TextBlock {
        lines = List.copyOf(lines);
    }
}
