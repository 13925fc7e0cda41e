package org.reportcycle.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTests {

    /** Full-width characters are 1 wide, ASCII half that: a line of width 10 holds 10 Han characters. */
    private final LineBreaker breaker = new LineBreaker(cp -> cp < 0x2000 ? 0.5 : 1);

    @Test
    void han_text_breaks_between_any_two_characters_and_fills_each_line() {
        List<String> lines = lines("一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑", 10, 10);

        assertThat(lines).containsExactly("一二三四五六七八九十", "甲乙丙丁戊己庚辛壬癸", "子丑");
    }

    @Test
    void a_lead_set_in_a_wider_face_is_measured_in_that_face() {
        // the first four characters (a heading's lead) are 1.5 wide: 4 × 1.5 + 4 = 10 fills the first line
        LineBreaker mixed = new LineBreaker((index, cp) -> index < 4 ? 1.5 : 1);

        List<String> lines = mixed.lines("一二三四五六七八九十", 10, 10, 0).stream()
                .map(l -> "一二三四五六七八九十".substring(l.start(), l.end()))
                .toList();

        assertThat(lines).containsExactly("一二三四五六七八", "九十");
        assertThat(mixed.width("一二三四五", 0, 5)).isEqualTo(7.0);
    }

    @Test
    void the_first_line_is_narrower_by_the_indent() {
        assertThat(lines("一二三四五六七八九十甲乙", 8, 10)).containsExactly("一二三四五六七八", "九十甲乙");
    }

    @Test
    void closing_punctuation_never_starts_a_line() {
        List<String> squeezed = lines("一二三四五六七八九十。甲乙", 10, 10, 1);
        List<String> pushed = lines("一二三四五六七八九十》甲乙", 10, 10, 0);

        assertThat(squeezed).containsExactly("一二三四五六七八九十。", "甲乙");
        assertThat(pushed).containsExactly("一二三四五六七八九", "十》甲乙");
    }

    @Test
    void opening_punctuation_never_ends_a_line() {
        assertThat(lines("一二三四五六七八九《十》", 10, 10)).containsExactly("一二三四五六七八九", "《十》");
    }

    @Test
    void numbers_and_latin_words_stay_whole() {
        List<String> lines = lines("一二三四五六七八九2024年", 10, 10);

        assertThat(lines).containsExactly("一二三四五六七八九", "2024年");
    }

    @Test
    void a_word_longer_than_a_line_is_cut_where_the_line_is_full() {
        List<String> lines = lines("https://example.org/very/long/path", 5, 5);

        assertThat(lines).allMatch(line -> breaker.width(line, 0, line.length()) <= 5);
        assertThat(String.join("", lines)).isEqualTo("https://example.org/very/long/path");
    }

    @Test
    void spaces_at_a_break_are_dropped_and_the_last_line_is_marked() {
        List<LineBreaker.Line> lines = breaker.lines("一二三四五六七八九十 甲乙", 10, 10, 0);

        assertThat(lines).extracting(LineBreaker.Line::last).containsExactly(false, true);
        assertThat(lines.get(1).start()).isEqualTo(11);
    }

    @Test
    void an_empty_paragraph_is_one_empty_line() {
        assertThat(breaker.lines("", 10, 10, 0)).containsExactly(new LineBreaker.Line(0, 0, 0, true));
    }

    private List<String> lines(String text, double first, double width) {
        return lines(text, first, width, 0);
    }

    private List<String> lines(String text, double first, double width, double squeeze) {
        return breaker.lines(text, first, width, squeeze).stream()
                .map(line -> text.substring(line.start(), line.end()))
                .toList();
    }
}
