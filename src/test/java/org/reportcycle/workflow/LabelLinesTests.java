package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Task names in the diagram's boxes: English breaks between words, Chinese anywhere, never past the width. */
class LabelLinesTests {

    @Test
    void english_names_break_between_words() {
        assertThat(LabelLines.of("Leader sign-off", 14)).containsExactly("Leader", "sign-off");
        assertThat(LabelLines.of("Committee deliberation", 14)).containsExactly("Committee", "deliberation");
        assertThat(LabelLines.of("Supervising office's review", 14))
                .containsExactly("Supervising", "office's", "review");
        assertThat(LabelLines.of("Report up", 14)).containsExactly("Report up");
    }

    @Test
    void chinese_names_break_anywhere_a_character_counting_double() {
        assertThat(LabelLines.of("党委(党工委)会议审议", 14)).containsExactly("党委(党工委)会", "议审议");
        assertThat(LabelLines.of("领导签批", 14)).containsExactly("领导签批");
    }

    @Test
    void a_word_wider_than_the_box_is_cut_only_where_it_must_be() {
        assertThat(LabelLines.of("Rectification-confirmation", 14)).containsExactly("Rectification-", "confirmation");
    }
}
