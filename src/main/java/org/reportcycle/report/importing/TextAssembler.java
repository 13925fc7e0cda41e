package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * Cuts the body into blocks owned by section headings and assembles part texts from them. A section runs
 * to the next top-level heading; a lifted sub-heading's section ends earlier, at the next heading of its
 * own level or above, after which the enclosing top-level section resumes.
 */
final class TextAssembler {

    /** What separates an inline heading from its paragraph: a full stop or colon and blanks. */
    private static final Pattern INLINE_SEPARATOR = Pattern.compile("^[。．.:：;；!！?？\\s]+");

    private TextAssembler() {}

    static List<TextBlock> blocks(
            List<CleanLine> body, List<HeadingCandidate> candidates, List<AssignedHeading> sections) {
        Map<Integer, AssignedHeading> sectionAt = new HashMap<>();
        sections.forEach(a -> sectionAt.put(a.candidate().index(), a));
        Map<Integer, HeadingCandidate> candidateAt = new HashMap<>();
        candidates.forEach(c -> candidateAt.put(c.index(), c));

        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int owner = TextBlock.PREAMBLE;
        int topOwner = TextBlock.PREAMBLE;
        HeadingStyle liftedStyle = null;
        for (int i = 0; i < body.size(); i++) {
            AssignedHeading section = sectionAt.get(i);
            HeadingCandidate candidate = candidateAt.get(i);
            int newOwner = owner;
            if (section != null) {
                newOwner = body.get(i).number();
                topOwner = section.lifted() ? topOwner : newOwner;
                liftedStyle = section.lifted() ? section.candidate().style() : null;
            } else if (liftedStyle != null && candidate != null && endsLifted(candidate.style(), liftedStyle)) {
                newOwner = topOwner;
                liftedStyle = null;
            }
            if (newOwner != owner || section != null) {
                flush(blocks, owner, current);
                owner = newOwner;
            }
            addLine(current, body.get(i).text(), section);
        }
        flush(blocks, owner, current);
        return blocks;
    }

    /**
     * A section heading followed by its first sentence on the same line ("一、主要举措和成效。2024年以来，…")
     * becomes the heading and its first paragraph; every other line is kept as it is.
     */
    private static void addLine(List<String> lines, String text, AssignedHeading section) {
        String heading = section == null ? text : section.candidate().display();
        if (heading.equals(text) || !text.startsWith(heading)) {
            lines.add(text);
            return;
        }
        String rest = INLINE_SEPARATOR.matcher(text.substring(heading.length())).replaceFirst("");
        lines.add(heading);
        if (!rest.isEmpty()) {
            lines.add(rest);
        }
    }

    // An unnumbered lifted heading has no level of its own, so only the next section ends it.
    private static boolean endsLifted(HeadingStyle style, HeadingStyle lifted) {
        return lifted.numbered()
                && style.numbered()
                && style != HeadingStyle.HAN_SHI
                && style.ordinal() <= lifted.ordinal();
    }

    private static void flush(List<TextBlock> blocks, int owner, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new TextBlock(owner, lines));
            lines.clear();
        }
    }

    /** Part texts from blocks; a block goes to its owner's part, the preamble to part 1 unless overridden. */
    static ReportText assemble(String title, List<TextBlock> blocks, Map<Integer, Part> partByOwner) {
        Map<Part, StringBuilder> texts = new EnumMap<>(Part.class);
        for (TextBlock block : blocks) {
            Part part = partByOwner.getOrDefault(block.ownerLine(), Part.MEASURES);
            StringBuilder text = texts.computeIfAbsent(part, p -> new StringBuilder());
            for (String line : block.lines()) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(line);
            }
        }
        Map<Part, String> parts = new EnumMap<>(Part.class);
        texts.forEach((part, text) -> parts.put(part, text.toString()));
        return new ReportText(title, parts);
    }
}
