package org.reportcycle.report.export;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.shared.Part;

/**
 * Turns an {@link ExportDocument} into the paragraphs both writers print, so that PDF and Word agree.
 *
 * <p>Parts come in {@link Part#documentOrder()}. A part whose text starts with its own "X、" heading keeps
 * it; any other part gets its statutory heading ({@link Part#titleZh()}). The first part may open with a
 * preamble before its own first heading. All level-one headings, the
 * authors' and the generated ones, are then numbered one after another: a part that the author did not
 * number (e.g. part 3 written as a sub-heading elsewhere) would otherwise produce two "十二、".
 */
final class ExportLayout {

    private static final String CORRECTION_PREFIX = "更正说明：";

    private ExportLayout() {}

    static List<Block> blocks(ExportDocument doc) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.emphasised(
                Block.Kind.TITLE,
                TextLines.clean(doc.title().replaceAll("\\R+", "")).strip()));
        int next = 1;
        boolean first = true;
        for (Part part : Part.documentOrder()) {
            List<String> lines = TextLines.paragraphs(doc.text().part(part));
            if (!lines.isEmpty()) {
                next = addPart(blocks, part, first ? preamble(blocks, lines) : lines, next);
                first = false;
            }
        }
        if (!doc.unitName().isEmpty()) {
            blocks.add(Block.plain(Block.Kind.CLOSING, TextLines.clean(doc.unitName())));
        }
        doc.dateText().ifPresent(date -> blocks.add(Block.plain(Block.Kind.CLOSING, date)));
        doc.correction()
                .ifPresent(note -> blocks.add(
                        new Block(Block.Kind.NOTE, CORRECTION_PREFIX, TextLines.clean(note.replaceAll("\\R+", "")))));
        return blocks;
    }

    /**
     * Reports open with a few sentences before the first heading ("现将有关情况报告如下："). Importers keep them
     * with part 1; when part 1 has its own headings they are printed before them, under no heading, as
     * the author wrote them. Returns the remaining lines.
     */
    private static List<String> preamble(List<Block> blocks, List<String> lines) {
        int firstHeading = 0;
        while (firstHeading < lines.size() && !Headings.isLevelOne(lines.get(firstHeading))) {
            if (Headings.isLevelTwo(lines.get(firstHeading))) {
                return lines;
            }
            firstHeading++;
        }
        if (firstHeading == lines.size()) {
            return lines;
        }
        lines.subList(0, firstHeading).forEach(line -> blocks.add(Block.plain(Block.Kind.BODY, line)));
        return lines.subList(firstHeading, lines.size());
    }

    /** Adds one part's paragraphs and returns the next level-one number. */
    private static int addPart(List<Block> blocks, Part part, List<String> lines, int next) {
        int start = 0;
        if (!Headings.isLevelOne(lines.get(0))) {
            blocks.add(Block.emphasised(Block.Kind.PART_HEADING, Headings.numeral(next++) + "、" + part.titleZh()));
            if (isStandardTitle(lines.get(0), part)) {
                start = 1;
            }
        }
        for (String line : lines.subList(start, lines.size())) {
            if (Headings.isLevelOne(line)) {
                blocks.add(heading(Headings.numeral(next++) + "、" + Headings.withoutNumber(line)));
            } else if (Headings.isLevelTwo(line)) {
                String lead = Headings.lead(line);
                blocks.add(new Block(Block.Kind.SUB_HEADING, lead, line.substring(lead.length())));
            } else {
                blocks.add(Block.plain(Block.Kind.BODY, line));
            }
        }
        return next;
    }

    private static Block heading(String line) {
        String lead = Headings.lead(line);
        return new Block(Block.Kind.PART_HEADING, lead, line.substring(lead.length()));
    }

    /** The author wrote the statutory heading without a number: numbering it is all that is left to do. */
    private static boolean isStandardTitle(String line, Part part) {
        String bare = line.replaceAll("[。：:\\s]+$", "");
        return bare.equals(part.titleZh()) || bare.equals(part.titleZh().replace('，', ','));
    }
}
