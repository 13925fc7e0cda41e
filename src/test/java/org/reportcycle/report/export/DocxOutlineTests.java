package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;

/**
 * The .docx has an outline: 标题 1 / 标题 2 styles with outline levels and GB/T 9704 faces, the part headings
 * set in 标题 1 (what navigation panes list), the body in 正文, and title, unit and year in the properties.
 */
class DocxOutlineTests {

    @Test
    void part_headings_are_heading_1_with_an_outline_level_and_the_properties_name_the_report() throws Exception {
        FixtureReports.Fixture fixture = FixtureReports.largest();
        ExportDocument source =
                new ExportDocument(fixture.text().title(), fixture.unit(), LocalDate.of(2025, 3, 20), fixture.text());
        byte[] docx = new ReportExporter().toDocx(source);
        List<Block> blocks = ExportLayout.blocks(source);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFStyle h1 = doc.getStyles().getStyle(DocxStyles.HEADING_1);
            XWPFStyle h2 = doc.getStyles().getStyle(DocxStyles.HEADING_2);
            assertThat(h1.getName()).isEqualTo("heading 1");
            assertThat(h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isZero();
            assertThat(h1.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
            assertThat(h2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue())
                    .isEqualTo(1);
            assertThat(h2.getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体");
            assertThat(doc.getStyles()
                            .getStyle(DocxStyles.NORMAL)
                            .getCTStyle()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("仿宋");

            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> DocxStyles.HEADING_1.equals(p.getStyle()))
                    .map(XWPFParagraph::getText)
                    .toList();
            List<String> expected = blocks.stream()
                    .filter(b -> b.kind() == Block.Kind.PART_HEADING)
                    .map(Block::text)
                    .toList();
            assertThat(headings).isNotEmpty().containsExactlyElementsOf(expected);
            assertThat(headings.getFirst()).startsWith("一、");
            assertThat(doc.getParagraphs().getFirst().getStyle()).isEqualTo(DocxStyles.TITLE);
            assertThat(doc.getParagraphs().stream().filter(p -> DocxStyles.NORMAL.equals(p.getStyle())))
                    .isNotEmpty();

            var props = doc.getProperties();
            assertThat(props.getCoreProperties().getTitle()).isEqualTo(source.title());
            assertThat(props.getCustomProperties().getProperty("单位").getLpwstr())
                    .isEqualTo(fixture.unit());
            assertThat(props.getCustomProperties().getProperty("年度").getLpwstr())
                    .isEqualTo(String.valueOf(fixture.year()));
        }
    }
}
