package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * Cuts the body into blocks owned by section headings and assembles part texts from them. A section runs
 * to the next top-level heading; a lifted sub-heading's section ends earlier, at the next heading of its
 * own level or above, after which the enclosing top-level section resumes.
 */
final class TextAssembler {

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
            current.add(body.get(i).text());
        }
        flush(blocks, owner, current);
        return blocks;
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
