package org.reportcycle.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * sizes (millimetres here), the 「— 1 —」 page numbers, and the CJK font embedded as a subset of the glyphs
 * the report uses (ofdrw embeds whole font files, so the subset is made first).
 */
final class OfdWriter {

    private static final double MM_PER_PT = 25.4 / 72;

    private OfdWriter() {}

    static byte[] write(ExportDocument source) throws IOException {
        List<Block> blocks = ExportLayout.blocks(source);
        Path dir = Files.createTempDirectory("rc-ofd");
        try {
            Path fontFile = dir.resolve("NotoSerifSC-subset.ttf");
            try (OutputStream out = Files.newOutputStream(fontFile)) {
                CjkFont.subset(codePoints(blocks), out);
            }
            Font font = new Font("Noto Serif SC", "Noto Serif SC", fontFile);
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            try (OFDDoc ofd = new OFDDoc(out)) {
                PageLayout layout = PageLayout.A4();
                layout.setMarginTop(mm(PdfStyle.MARGIN_TOP));
                layout.setMarginBottom(mm(PdfStyle.MARGIN_BOTTOM));
                layout.setMarginLeft(mm(PdfStyle.MARGIN_LEFT));
                layout.setMarginRight(mm(PdfStyle.MARGIN_RIGHT));
                ofd.setDefaultPageLayout(layout);
                AtomicInteger pages = new AtomicInteger();
                ofd.onPage(page -> pageNumber(page, pages.incrementAndGet(), font));
                Block.Kind previous = null;
                for (Block block : blocks) {
                    PdfStyle style = PdfStyle.of(block.kind());
                    if (previous != null) {
                        style = style.after(previous, block.kind());
                    }
                    ofd.add(paragraph(block, style, font));
                    previous = block.kind();
                }
            }
            return out.toByteArray();
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static Paragraph paragraph(Block block, PdfStyle style, Font font) {
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
        if (!lead.isEmpty()) {
            p.add(new Span(font, size, lead).setBold(true));
        }
        if (!rest.isEmpty()) {
            p.add(new Span(font, size, rest));
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

    private static Set<Integer> codePoints(List<Block> blocks) {
        Set<Integer> cps = new TreeSet<>();
        for (Block block : blocks) {
            CjkFont.printable(block.text()).codePoints().forEach(cps::add);
        }
        "— 0123456789".codePoints().forEach(cps::add);
        return cps;
    }

    private static double mm(float points) {
        return points * MM_PER_PT;
    }
}
