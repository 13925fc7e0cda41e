package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;

/** Hand-written reports in the styles seen on government sites, beyond the five fixtures. */
class ReportImporterVariantTests {

    private final ReportImporter importer = new ReportImporter();

    private ImportPreview preview(String... lines) {
        return importer.preview("variant.txt", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void half_width_parenthesised_numbers_as_the_top_level() {
        ImportPreview p = preview(
                "城东街道2024年法治政府建设年度报告",
                "2024年，城东街道坚持依法行政。",
                "(一)主要举措和成效",
                "1.健全制度。全年制定制度5项。",
                "2.规范执法。",
                "(二)存在的不足和原因",
                "1.执法力量薄弱。",
                "(三)党政主要负责人履行推进法治建设第一责任人职责情况",
                "街道党工委书记亲自部署。",
                "(四)2025年工作安排",
                "1.加强培训。");

        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly(
                        "3|1|(一)主要举措和成效", "6|2|(二)存在的不足和原因",
                        "8|3|(三)党政主要负责人履行推进法治建设第一责任人职责情况", "10|4|(四)2025年工作安排");
        assertThat(p.unit()).isEqualTo("城东街道");
        assertThat(p.year()).isEqualTo(2024);
    }

    @Test
    void arabic_numbers_as_the_top_level() {
        ImportPreview p = preview(
                "2024年，青山镇扎实推进法治政府建设。",
                "1. 2024年法治政府建设工作情况",
                "（1）加强组织领导。",
                "（2）规范行政执法。",
                "2. 存在问题",
                "（1）法治宣传覆盖面窄。",
                "3. 下一步打算",
                "（1）加强执法培训。");

        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("2|1|1. 2024年法治政府建设工作情况", "5|2|2. 存在问题", "7|4|3. 下一步打算");
        assertThat(p.unit()).isEqualTo("青山镇");
    }

    @Test
    void part_numbered_chapters_as_the_top_level() {
        ImportPreview p = preview(
                "市司法局2024年法治政府建设年度报告",
                "第一部分 主要工作情况",
                "一、加强组织领导",
                "二、规范行政执法",
                "第二部分 存在的问题",
                "一、执法力量不足",
                "第三部分 下一年度工作安排",
                "一、加强培训");

        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("2|1|第一部分 主要工作情况", "5|2|第二部分 存在的问题", "7|4|第三部分 下一年度工作安排");
        assertThat(p.unit()).isEqualTo("市司法局");
    }

    @Test
    void traditional_characters_are_understood_and_kept_in_the_text() {
        ImportPreview p = preview(
                "東湖鎮2024年法治政府建設年度報告",
                "2024年，東湖鎮堅持依法行政。",
                "一、主要舉措和成效",
                "開展普法宣傳。",
                "二、上年度問題整改情況",
                "已完成整改。",
                "三、存在的問題和不足",
                "執法力量薄弱。",
                "四、黨政主要負責人履行推進法治建設第一責任人職責情況",
                "親自部署。",
                "五、下一步工作計劃",
                "加強培訓。");

        assertThat(p.headings())
                .extracting(ClassifiedHeading::part)
                .containsExactly(
                        Part.MEASURES, Part.RECTIFICATION, Part.SHORTCOMINGS, Part.FIRST_RESPONSIBLE, Part.NEXT_YEAR);
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.text().part(Part.RECTIFICATION)).isEqualTo("二、上年度問題整改情況\n已完成整改。");
    }

    @Test
    void years_written_with_a_space_before_nian_are_read() {
        ImportPreview p = preview(
                "西关街道2025 年法治政府建设年度报告",
                "一、2025 年法治政府建设主要举措和成效",
                "全年开展普法宣传。",
                "二、存在的不足",
                "执法不规范。",
                "三、2026 年工作安排",
                "加强培训。");

        assertThat(p.year()).isEqualTo(2025);
        assertThat(p.unit()).isEqualTo("西关街道");
        assertThat(p.headings())
                .extracting(ClassifiedHeading::part)
                .containsExactly(Part.MEASURES, Part.SHORTCOMINGS, Part.NEXT_YEAR);
    }

    @Test
    void reordered_parts_with_part_three_first_keep_the_topics_in_part_one() {
        ImportPreview p = preview(
                "河西区2023年度法治政府建设情况报告",
                "2023年，河西区坚持依法行政。",
                "一、区政府主要负责同志履行推进法治建设第一责任人职责情况",
                "亲自部署。",
                "二、持续深化政府职能转变",
                "推进放管服改革。",
                "三、健全依法决策机制",
                "严格决策程序。",
                "四、2024年工作安排",
                "加强培训。",
                "五、存在的不足和原因",
                "执法力量不足。");

        assertThat(p.headings())
                .extracting(ClassifiedHeading::part)
                .containsExactly(
                        Part.FIRST_RESPONSIBLE, Part.MEASURES, Part.MEASURES, Part.NEXT_YEAR, Part.SHORTCOMINGS);
        assertThat(p.unit()).isEqualTo("河西区");
    }

    @Test
    void web_page_noise_is_stripped_and_line_numbers_still_point_into_the_original() {
        ImportPreview p = preview(
                "首页 > 政务公开 > 法治政府建设年度报告",
                "索引号：11440000/2024-00012",
                "南山镇2024年法治政府建设年度报告",
                "来源：南山镇人民政府  发布时间：2025-02-28 10:12",
                "字号：大 中 小",
                "南山镇2024年法治政府建设年度报告",
                "",
                "2024年，南山镇坚持依法行政。",
                "一、主要举措和成效",
                "[bookmark: _Toc1]全年开展普法宣传30场。",
                "第 1 页 共 2 页",
                "二、存在的问题",
                "- 2 -",
                "三、下一步工作打算",
                "2025年2月28日",
                "【打印本页】【关闭窗口】");

        assertThat(p.title()).isEqualTo("南山镇2024年法治政府建设年度报告");
        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("9|1|一、主要举措和成效", "12|2|二、存在的问题", "14|4|三、下一步工作打算");
        assertThat(p.text().part(Part.MEASURES)).isEqualTo("2024年，南山镇坚持依法行政。\n一、主要举措和成效\n全年开展普法宣传30场。");
        assertThat(p.text().part(Part.NEXT_YEAR)).isEqualTo("三、下一步工作打算");
    }

    @Test
    void site_header_date_and_accessibility_links_are_not_part_of_the_report() {
        ImportPreview p = preview(
                "天津市河西区人民政府 2024年3月3日星期日",
                "无障碍 简体| 繁体",
                "河西区2023年度法治政府建设情况报告",
                "来源:河西区人民政府办公室 发布时间:2024-03-28 09:18",
                "河西区2023年度法治政府建设情况报告",
                "2023年，河西区坚持依法行政。",
                "一、主要举措和成效",
                "二、存在的不足",
                "三、2024年工作安排");

        assertThat(p.title()).isEqualTo("河西区2023年度法治政府建设情况报告");
        assertThat(p.text().part(Part.MEASURES)).startsWith("2023年，河西区坚持依法行政。");
        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("7|1|一、主要举措和成效", "8|2|二、存在的不足", "9|4|三、2024年工作安排");
    }

    @Test
    void a_unit_written_after_the_year_is_found() {
        ImportPreview p = preview("2024年度东湖街道办事处法治政府建设情况报告", "一、主要举措和成效", "二、存在的不足");

        assertThat(p.unit()).isEqualTo("东湖街道");
        assertThat(p.year()).isEqualTo(2024);
    }

    @Test
    void unnumbered_part_headings_over_restarting_sub_numbers_are_the_top_level() {
        ImportPreview p = preview(
                "北塘街道2024年法治政府建设年度报告",
                "2024年，北塘街道坚持依法行政。",
                "主要举措和成效",
                "(一)健全制度。全年制定制度5项。",
                "(二)规范执法。统一文书。",
                "存在的不足和原因",
                "(一)执法力量薄弱。",
                "下一年度工作安排",
                "(一)加强培训。",
                "(二)完善机制。");

        assertThat(ReportImporterTests.rows(p.headings()))
                .containsExactly("3|1|主要举措和成效", "6|2|存在的不足和原因", "8|4|下一年度工作安排");
    }

    @Test
    void a_measure_about_the_first_responsible_duty_is_not_lifted_to_part_three() {
        ImportPreview p = preview(
                "军山镇2022年度法治政府建设年度报告",
                "一、工作开展情况",
                "(一)强化法治建设第一责任人职责。全面落实党政主要负责人履行推进法治建设第一责任人职责规定。",
                "(二)坚持理论学习。",
                "二、存在问题",
                "执法力量薄弱。",
                "三、下一步工作计划",
                "加强培训。");

        assertThat(p.headings())
                .extracting(ClassifiedHeading::part)
                .containsExactly(Part.MEASURES, Part.SHORTCOMINGS, Part.NEXT_YEAR);
    }

    @Test
    void a_report_without_any_heading_goes_to_part_one_with_a_note() {
        ImportPreview p = preview("2024年，本单位坚持依法行政，全年开展普法活动10场。", "明年将继续加强培训。");

        assertThat(p.headings()).isEmpty();
        assertThat(p.text().parts()).containsOnlyKeys(Part.MEASURES);
        assertThat(p.notes()).anyMatch(n -> n.contains("no headings found"));
        assertThat(p.title()).isNull();
    }
}
