package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded report (.docx or .txt) into an {@link ImportPreview}: the detected title, year and
 * unit, the section headings mapped to the statutory parts, and the assembled {@link ReportText}. The
 * drafter confirms the mapping or moves headings, then {@link #assemble} rebuilds the text.
 *
 * <p>Any input either yields a preview or an {@link ImportException}; nothing else escapes.
 */
@Component
public class ReportImporter {

    /** Default upload limit. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Real reports have a few hundred paragraphs; beyond this, heading analysis only costs time. */
    static final int MAX_HEADING_LINES = 5_000;

    /** The preview lists at most this many unplaced lines. */
    static final int MAX_UNPLACED = 200;

    private final long maxBytes;

    public ReportImporter() {
        this(DEFAULT_MAX_BYTES);
    }

    /** An importer with another upload limit, in bytes. */
    public ReportImporter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads an upload and proposes how it maps to the report parts.
     *
     * @param fileName the name the user gave the file; only used in notes, the content decides the type
     * @param content the file's bytes
     * @throws ImportException when the content is empty, too large, damaged, not text, or of another type
     */
    public ImportPreview preview(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw ImportException.empty();
        }
        if (content.length > maxBytes) {
            throw ImportException.tooLarge(maxBytes);
        }
        try {
            return read(fileName, content);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException("import.failed", "无法识别该文件的内容。", "The file's content could not be read.", e);
        }
    }

    /**
     * Rebuilds the report text after the drafter moved headings to other parts.
     *
     * @param overridesByLine the corrected part per heading line number (as in {@link ClassifiedHeading#line()});
     *     key {@link TextBlock#PREAMBLE} moves the text before the first heading
     */
    public ReportText assemble(ImportPreview preview, Map<Integer, Part> overridesByLine) {
        Map<Integer, Part> partByOwner = new HashMap<>();
        preview.headings().forEach(h -> partByOwner.put(h.line(), h.part()));
        if (overridesByLine != null) {
            partByOwner.putAll(overridesByLine);
        }
        return TextAssembler.assemble(preview.title(), preview.blocks(), partByOwner);
    }

    private ImportPreview read(String fileName, byte[] content) {
        List<String> notes = new ArrayList<>();
        List<SourceLine> source = switch (ContentSniffer.sniff(content)) {
            case ZIP -> DocxReader.read(content, fileName);
            case TEXT -> decodeText(fileName, content, notes);
        };
        List<CleanLine> lines = NoiseFilter.filter(source);
        if (lines.isEmpty()) {
            throw ImportException.empty();
        }
        TitleExtractor.Result title = TitleExtractor.extract(lines);
        List<CleanLine> body = title.body();
        Integer year = title.year() != null ? title.year() : YearGuesser.guess(body);
        String unit = title.unitFull() != null ? UnitNames.shorten(title.unitFull()) : UnitNames.fromOpening(body);
        describeTitle(title, year, unit, notes);

        List<HeadingCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < body.size() && i < MAX_HEADING_LINES; i++) {
            HeadingDetector.detect(i, body.get(i)).ifPresent(candidates::add);
        }
        if (body.size() > MAX_HEADING_LINES) {
            notes.add("文本超过 " + MAX_HEADING_LINES + " 段，其后不再识别标题 (headings are only looked for in the first "
                    + MAX_HEADING_LINES + " paragraphs)");
        }
        Outline outline =
                Outline.of(candidates, c -> PartScorer.score(c.portion(), year).strong(), notes);
        List<AssignedHeading> sections = PartAssigner.assign(outline, year, notes);
        List<ClassifiedHeading> headings =
                sections.stream().map(AssignedHeading::toClassified).toList();
        noteMissingParts(headings, notes);

        List<TextBlock> blocks = TextAssembler.blocks(body, candidates, sections);
        Map<Integer, Part> partByOwner = new HashMap<>();
        headings.forEach(h -> partByOwner.put(h.line(), h.part()));
        ReportText text = TextAssembler.assemble(title.title(), blocks, partByOwner);
        List<String> unplaced = unplaced(source, body, title.title());
        return new ImportPreview(title.title(), year, unit, headings, text, notes, blocks, unplaced);
    }

    /** Non-blank source lines that went neither into the body nor into the title. */
    private static List<String> unplaced(List<SourceLine> source, List<CleanLine> body, String title) {
        Set<String> kept = new HashSet<>();
        body.forEach(l -> kept.add(l.number() + "\t" + l.text()));
        List<String> left = new ArrayList<>();
        for (SourceLine line : source) {
            String text = TextNormalizer.clean(line.text());
            if (left.size() >= MAX_UNPLACED) {
                break;
            }
            if (!text.isEmpty()
                    && !kept.contains(line.number() + "\t" + text)
                    && (title == null || !title.contains(text))) {
                left.add(text);
            }
        }
        return left;
    }

    private static List<SourceLine> decodeText(String fileName, byte[] content, List<String> notes) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (!"UTF-8".equals(decoded.charset())) {
            notes.add("按 " + decoded.charset() + " 编码读取 (read as " + decoded.charset() + ")");
        }
        String name = Optional.ofNullable(fileName).orElse("").toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || name.endsWith(".doc")) {
            notes.add("文件名为 Word 文档，但内容是纯文本，已按文本导入 (named as a Word file but holds plain text)");
        }
        return TextDecoder.lines(decoded.text());
    }

    private static void describeTitle(TitleExtractor.Result title, Integer year, String unit, List<String> notes) {
        if (title.title() == null) {
            notes.add("未识别到标题 (no title found)");
        }
        if (title.year() == null && year != null) {
            notes.add("年度 " + year + " 由正文推断 (year " + year + " inferred from the text)");
        }
        if (year == null) {
            notes.add("未识别到报告年度 (no reporting year found)");
        }
        if (title.unitFull() == null && unit != null) {
            notes.add("单位“" + unit + "”由开头段落推断 (unit inferred from the opening paragraph)");
        } else if (unit != null && !unit.equals(title.unitFull())) {
            notes.add("单位全称：" + title.unitFull() + " (full unit name)");
        }
    }

    private static void noteMissingParts(List<ClassifiedHeading> headings, List<String> notes) {
        Set<Part> found = EnumSet.noneOf(Part.class);
        headings.forEach(h -> found.add(h.part()));
        for (Part part : Part.values()) {
            if (part.mandatory() && !found.contains(part) && (part != Part.MEASURES || !headings.isEmpty())) {
                notes.add("未找到" + PartAssigner.label(part) + "：" + part.titleZh() + " (no heading for part "
                        + part.code() + ")");
            }
        }
        if (headings.isEmpty()) {
            notes.add("未识别到任何标题，全文归入第一部分 (no headings found; all text went to part 1)");
        }
    }
}
