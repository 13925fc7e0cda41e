package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.Span;
import org.ofdrw.layout.element.TextAlign;
import org.springframework.util.FileSystemUtils;

/**
 * Writes the paragraphs of {@link ExportLayout} as OFD (GB/T 33190) with ofdrw: the PDF's page grid and
 * sizes (millimetres here), the 「— 1 —」 page numbers, and the same faces ({@link Typeface}), each embedded as
 * a subset of the glyphs drawn in it (ofdrw embeds whole font files, so the subsets are made first).
 */
final class OfdWriter {

    private static final double MM_PER_PT = 25.4 / 72;

    private OfdWriter() {}

    static byte[] write(ExportDocument source) throws IOException {
        List<Block> blocks = ExportLayout.blocks(source);
        Path dir = Files.createTempDirectory("rc-ofd");
        try {
            Map<Typeface, Font> fonts = fonts(blocks, dir);
            Font song = fonts.get(Typeface.SONG);
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            try (OFDDoc ofd = new OFDDoc(out)) {
                PageLayout layout = PageLayout.A4();
                layout.setMarginTop(mm(PdfStyle.MARGIN_TOP));
                layout.setMarginBottom(mm(PdfStyle.MARGIN_BOTTOM));
                layout.setMarginLeft(mm(PdfStyle.MARGIN_LEFT));
                layout.setMarginRight(mm(PdfStyle.MARGIN_RIGHT));
                ofd.setDefaultPageLayout(layout);
                AtomicInteger pages = new AtomicInteger();
                ofd.onPage(page -> pageNumber(page, pages.incrementAndGet(), song));
                Block.Kind previous = null;
                for (Block block : blocks) {
                    PdfStyle style = PdfStyle.of(block.kind());
                    if (previous != null) {
                        style = style.after(previous, block.kind());
                    }
                    ofd.add(paragraph(block, style, fonts));
                    previous = block.kind();
                }
            }
            return out.toByteArray();
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Paragraph paragraph(Block block, PdfStyle style, Map<Typeface, Font> fonts) {
        double size = mm(style.size());
        Paragraph p = new Paragraph();
        p.setWidth(mm(PdfStyle.TEXT_WIDTH - style.rightIndent()));
        p.setLineSpace(mm(style.leading() - style.size()));
        p.setMarginTop(mm(style.spaceBefore()));
        if (style.firstIndent() > 0) {
            p.setFirstLineIndent(2);
        }
        p.setTextAlign(
                switch (style.align()) {
                    case LEFT -> TextAlign.left;
                    case CENTRE -> TextAlign.center;
                    case RIGHT -> TextAlign.right;
                });
        String lead = CjkFont.printable(block.lead());
        String rest = CjkFont.printable(block.rest());
        Typeface leadFace = Typeface.forLead(block.kind());
        for (CjkFont.Segment s : CjkFont.segments(leadFace, lead)) {
            // as in the PDF, only a body-text lead is made bold
            p.add(new Span(fonts.get(s.face()), size, s.text()).setBold(leadFace == Typeface.FANG));
        }
        for (CjkFont.Segment s : CjkFont.segments(Typeface.FANG, rest)) {
            p.add(new Span(fonts.get(s.face()), size, s.text()));
        }
        return p;
    }

    private static void pageNumber(VirtualPage page, int number, Font font) {
        double size = mm(PdfStyle.FOOTER_SIZE);
        Paragraph p = new Paragraph();
        p.add(new Span(font, size, "— " + number + " —"));
        p.setTextAlign(TextAlign.center);
        p.setWidth(mm(PdfStyle.PAGE_WIDTH));
        p.setPosition(Position.Absolute);
        p.setXY(0d, mm(PdfStyle.PAGE_HEIGHT - PdfStyle.FOOTER_BASELINE - PdfStyle.FOOTER_SIZE));
        page.addUnsafe(p);
    }

    /** Each face the document uses, written as a subset of the characters drawn in it (Song always: page numbers). */
    private static Map<Typeface, Font> fonts(List<Block> blocks, Path dir) throws IOException {
        Map<Typeface, Set<Integer>> used = new EnumMap<>(Typeface.class);
        used.put(Typeface.SONG, new TreeSet<>());
        "— 0123456789".codePoints().forEach(used.get(Typeface.SONG)::add);
        for (Block block : blocks) {
            Typeface leadFace = Typeface.forLead(block.kind());
            CjkFont.printable(block.lead()).codePoints().forEach(cp -> use(used, CjkFont.drawing(leadFace, cp), cp));
            CjkFont.printable(block.rest())
                    .codePoints()
                    .forEach(cp -> use(used, CjkFont.drawing(Typeface.FANG, cp), cp));
        }
        Map<Typeface, Font> fonts = new EnumMap<>(Typeface.class);
        for (Map.Entry<Typeface, Set<Integer>> e : used.entrySet()) {
            Typeface face = e.getKey();
            Path file = dir.resolve(face.name() + ".ttf");
            try (OutputStream out = Files.newOutputStream(file)) {
                CjkFont.subset(face, e.getValue(), out);
            }
            fonts.put(face, new Font(face.family(), face.family(), file));
        }
        return fonts;
    }

    private static void use(Map<Typeface, Set<Integer>> used, Typeface face, int cp) {
        used.computeIfAbsent(face, f -> new TreeSet<>()).add(cp);
    }

    private static double mm(float points) {
        return points * MM_PER_PT;
    }
}
