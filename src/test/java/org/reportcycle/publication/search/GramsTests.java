package org.reportcycle.publication.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GramsTests {

    @Test
    void a_query_splits_into_terms_at_spaces_and_punctuation() {
        assertThat(Grams.terms(" 行政执法，  合法性审查 Law ")).containsExactly("行政执法", "合法性审查", "law");
        assertThat(Grams.terms("，。！")).isEmpty();
    }

    @Test
    void a_term_needs_its_bigrams_and_a_text_holds_them_only_within_runs() {
        assertThat(Grams.ofTerm("执法")).containsExactly(Grams.bigram('执', '法'));
        assertThat(Grams.ofTerm("法")).containsExactly(Grams.unigram('法'));
        assertThat(Grams.ofText("依法行政。执法"))
                .contains(Grams.bigram('依', '法'), Grams.bigram('执', '法'), Grams.unigram('政'))
                .doesNotContain(Grams.bigram('政', '执'));
    }

    @Test
    void normalizing_keeps_positions_so_passages_highlight_the_original_text() {
        String body = "标题\n全年开展普法活动12场，覆盖群众3000人。";
        List<PublicSearch.Passage> passages = PublicSearch.passages(body, List.of("普法活动"));
        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p.before()).isEqualTo("全年开展");
            assertThat(p.match()).isEqualTo("普法活动");
            assertThat(p.after()).isEqualTo("12场，覆盖群众3000人。");
        });
        assertThat(Grams.normalize("A，b")).isEqualTo("a b");
    }
}
