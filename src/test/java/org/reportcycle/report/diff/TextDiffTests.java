package org.reportcycle.report.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.report.diff.Segment.Type.DELETED;
import static org.reportcycle.report.diff.Segment.Type.EQUAL;
import static org.reportcycle.report.diff.Segment.Type.INSERTED;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    private final TextDiff diff = new TextDiff();

    @Test
    void identical_texts_have_no_changes() {
        String text = "一、主要举措\n（一）强化组织领导。\n全年召开会议4次。";

        List<DiffLine> lines = diff.sideBySide(text, text);

        assertThat(lines).hasSize(3).allMatch(line -> line.kind() == DiffLine.Kind.EQUAL);
        assertThat(diff.summary(text, text)).isEqualTo(DiffSummary.NONE);
        assertThat(diff.summary(text, text).hasChanges()).isFalse();
    }

    @Test
    void blank_lines_and_surrounding_spaces_are_not_changes() {
        String before = "第一段。\n第二段。";
        String after = "\n  第一段。  \n\n\u3000\u3000第二段。\n";

        assertThat(diff.summary(before, after).hasChanges()).isFalse();
    }

    @Test
    void inserted_characters_are_found_exactly() {
        DiffLine line = diff.sideBySide("推进法治政府建设。", "全面推进法治政府建设工作。").getFirst();

        assertThat(line.kind()).isEqualTo(DiffLine.Kind.CHANGED);
        assertThat(line.newSegments())
                .containsExactly(seg(INSERTED, "全面"), seg(EQUAL, "推进法治政府建设"), seg(INSERTED, "工作"), seg(EQUAL, "。"));
        assertThat(line.oldSegments()).containsExactly(seg(EQUAL, "推进法治政府建设。"));
        assertThat(diff.summary("推进法治政府建设。", "全面推进法治政府建设工作。")).isEqualTo(new DiffSummary(4, 0, 1, 0, 0, 0));
    }

    @Test
    void deleted_characters_are_found_exactly() {
        DiffLine line = diff.sideBySide("认真组织开展学法考试活动。", "组织开展考试活动。").getFirst();

        assertThat(line.oldSegments())
                .containsExactly(seg(DELETED, "认真"), seg(EQUAL, "组织开展"), seg(DELETED, "学法"), seg(EQUAL, "考试活动。"));
        assertThat(line.newSegments()).containsExactly(seg(EQUAL, "组织开展考试活动。"));
        assertThat(DiffSummary.of(List.of(line)).charsDeleted()).isEqualTo(4);
    }

    @Test
    void a_changed_figure_is_one_deleted_and_one_inserted_character() {
        DiffLine line =
                diff.sideBySide("今年开展专题培训3次，共98人参加。", "今年开展专题培训5次，共98人参加。").getFirst();

        assertThat(line.oldSegments())
                .containsExactly(seg(EQUAL, "今年开展专题培训"), seg(DELETED, "3"), seg(EQUAL, "次，共98人参加。"));
        assertThat(line.newSegments())
                .containsExactly(seg(EQUAL, "今年开展专题培训"), seg(INSERTED, "5"), seg(EQUAL, "次，共98人参加。"));
    }

    @Test
    void a_character_outside_the_basic_plane_counts_as_one() {
        DiffSummary summary = diff.summary("联系人张三，电话另附。", "联系人张\uD842\uDFB7，电话另附。");

        assertThat(summary.charsDeleted()).isEqualTo(1);
        assertThat(summary.charsInserted()).isEqualTo(1);
    }

    @Test
    void a_rewritten_sentence_is_not_shredded_around_shared_single_characters() {
        DiffLine line =
                diff.sideBySide("今年加强组织的领导工作，效果明显。", "今年优化制度的建设体系，效果明显。").getFirst();

        assertThat(line.oldSegments())
                .containsExactly(seg(EQUAL, "今年"), seg(DELETED, "加强组织的领导工作"), seg(EQUAL, "，效果明显。"));
        assertThat(line.newSegments())
                .containsExactly(seg(EQUAL, "今年"), seg(INSERTED, "优化制度的建设体系"), seg(EQUAL, "，效果明显。"));
    }

    @Test
    void an_inserted_paragraph_stands_alone_and_the_rest_stays_aligned() {
        String before = "一、主要举措\n第一段内容。\n第二段内容。";
        String after = "一、主要举措\n第一段内容。\n新增加的一段话。\n第二段内容。";

        List<DiffLine> lines = diff.sideBySide(before, after);

        assertThat(lines)
                .extracting(DiffLine::kind)
                .containsExactly(DiffLine.Kind.EQUAL, DiffLine.Kind.EQUAL, DiffLine.Kind.INSERTED, DiffLine.Kind.EQUAL);
        assertThat(lines.get(2).newNumber()).isEqualTo(3);
        assertThat(lines.get(2).oldNumber()).isZero();
        assertThat(lines.get(3))
                .extracting(DiffLine::oldNumber, DiffLine::newNumber)
                .containsExactly(3, 4);
        assertThat(diff.summary(before, after)).isEqualTo(new DiffSummary(8, 0, 0, 1, 0, 0));
    }

    @Test
    void an_edited_paragraph_next_to_an_inserted_one_is_paired_with_its_new_version() {
        String before = "（一）强化组织领导，成立领导小组。\n（二）加强普法宣传。";
        String after = "街道办事处高度重视法治建设。\n（一）强化组织领导，成立法治建设领导小组。\n（二）加强普法宣传。";

        List<DiffLine> lines = diff.sideBySide(before, after);

        assertThat(lines)
                .extracting(DiffLine::kind)
                .containsExactly(DiffLine.Kind.INSERTED, DiffLine.Kind.CHANGED, DiffLine.Kind.EQUAL);
        assertThat(lines.get(1).newSegments()).contains(seg(INSERTED, "法治建设"));
    }

    @Test
    void an_unrelated_replacement_is_shown_as_deleted_and_inserted() {
        List<DiffLine> lines = diff.sideBySide("甲。\n行政执法水平有待提高。\n乙。", "甲。\n矛盾纠纷调解成功率99%。\n乙。");

        assertThat(lines)
                .extracting(DiffLine::kind)
                .containsExactly(
                        DiffLine.Kind.EQUAL, DiffLine.Kind.DELETED, DiffLine.Kind.INSERTED, DiffLine.Kind.EQUAL);
    }

    @Test
    void a_moved_paragraph_is_flagged_on_both_ends_and_counted_once() {
        String before = "第一段。\n第二段移走了。\n第三段。\n第四段。";
        String after = "第一段。\n第三段。\n第四段。\n第二段移走了。";

        List<DiffLine> lines = diff.sideBySide(before, after);

        assertThat(lines.stream().filter(DiffLine::changed))
                .hasSize(2)
                .allMatch(DiffLine::moved)
                .extracting(DiffLine::kind)
                .containsExactly(DiffLine.Kind.DELETED, DiffLine.Kind.INSERTED);
        assertThat(lines.stream().filter(line -> !line.changed()).map(DiffLine::oldText))
                .containsExactly("第一段。", "第三段。", "第四段。");
        assertThat(DiffSummary.of(lines)).isEqualTo(new DiffSummary(0, 0, 0, 0, 0, 1));
    }

    @Test
    void a_deleted_paragraph_is_counted_with_its_characters() {
        DiffSummary summary = diff.summary("保留。\n删除这一段。\n保留二。", "保留。\n保留二。");

        assertThat(summary).isEqualTo(new DiffSummary(0, 6, 0, 0, 1, 0));
        assertThat(summary.paragraphsTouched()).isEqualTo(1);
    }

    @Test
    void comparing_with_nothing_inserts_or_deletes_every_paragraph() {
        assertThat(diff.sideBySide(null, "一段。\n二段。")).allMatch(line -> line.kind() == DiffLine.Kind.INSERTED);
        assertThat(diff.sideBySide("一段。", ""))
                .singleElement()
                .extracting(DiffLine::kind)
                .isEqualTo(DiffLine.Kind.DELETED);
        assertThat(diff.sideBySide("", "")).isEmpty();
    }

    @Test
    void each_side_of_a_changed_line_reassembles_into_its_paragraph() {
        String before = "2024年,街道共办理行政诉讼案件12宗,已结案5宗均胜诉。";
        String after = "2024年，街道共办理行政诉讼案件14宗（新接收10宗），已结案7宗，均胜诉。";

        DiffLine line = diff.sideBySide(before, after).getFirst();

        assertThat(line.oldText()).isEqualTo(before);
        assertThat(line.newText()).isEqualTo(after);
        assertThat(line.oldSegments()).noneMatch(s -> s.type() == INSERTED);
        assertThat(line.newSegments()).noneMatch(s -> s.type() == DELETED);
    }

    private static Segment seg(Segment.Type type, String text) {
        return new Segment(type, text);
    }
}
