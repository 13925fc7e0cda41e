package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.shared.Part;

/** Heading styles and the meaning of heading wording, one line at a time. */
class HeadingRecognitionTests {

    private static Optional<HeadingCandidate> detect(String line) {
        return HeadingDetector.detect(0, CleanLine.of(1, TextNormalizer.clean(line)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            一、主要举措和成效                  | HAN          | 1
            　　二、存在的不足和原因              | HAN          | 2
            三．下一步工作                        | HAN          | 3
            十二、2025年工作计划                  | HAN          | 12
            四 下一步工作打算                     | HAN          | 4
            （一）强化组织领导                    | HAN_PAREN    | 1
            (二)强化组织领导                      | HAN_PAREN    | 2
            ( 三 ) 强化组织领导                   | HAN_PAREN    | 3
            1.健全制度                            | ARABIC       | 1
            １．健全制度                          | ARABIC       | 1
            2、规范执法                           | ARABIC       | 2
            （1） 加强沟通                        | ARABIC_PAREN | 1
            ②加强沟通                             | ARABIC_PAREN | 2
            第一部分 主要工作情况                 | PART         | 1
            第三部分：下一年度工作安排            | PART         | 3
            一是加强组织领导                      | HAN_SHI      | 1
            存在的问题                            | UNNUMBERED   | 0
            """)
    void heading_styles_are_recognised_with_any_indent_and_punctuation(String line, HeadingStyle style, int number) {
        assertThat(detect(line)).get().satisfies(c -> {
            assertThat(c.style()).isEqualTo(style);
            assertThat(c.number()).isEqualTo(number);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一是坚持党工委全面领导，成立法治政府工作领导小组，各科室全力落实。二是抓学习。",
                "2024年以来，街道坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实区委、区政府相关工作要求。",
                "12.5%的案件经调解结案。",
                "十分重视法治建设",
                ""
            })
    void paragraphs_inline_shi_lists_and_numbers_are_not_numbered_headings(String line) {
        assertThat(detect(line).map(HeadingCandidate::style))
                .isIn(Optional.empty(), Optional.of(HeadingStyle.UNNUMBERED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            一、2023年度法治政府建设主要举措和成效                          | 2023 | 1
            一、工作开展情况                                                | -    | 1
            一、法治政府建设基本情况                                        | -    | 1
            一、主要做法和成效                                              | -    | 1
            二、存在的不足及原因                                            | -    | 2
            二、存在的困难和问题                                            | -    | 2
            二、问题和不足                                                  | -    | 2
            三、法治政府建设存在的短板和不足                                | -    | 2
            二、存在問題                                                    | -    | 2
            三、党政主要负责人履行推进法治建设第一责任人职责情况            | -    | 3
            二、主要负责人述法情况                                          | -    | 3
            三、黨政主要負責人履行推進法治建設第一責任人職責情況            | -    | 3
            四、2024年度推进法治政府建设的主要安排                          | 2023 | 4
            四、2024 年工作计划                                             | 2023 | 4
            三、今后工作打算                                                | -    | 4
            四、下一年度工作思路                                            | -    | 4
            五、其他需要报告的情况                                          | -    | 5
            一、上一年度问题整改情况                                        | -    | R
            二、2022年度存在问题整改落实情况                                | 2023 | R
            十、2023年法治政府建设存在问题改进情况                           | 2024 | R
            三、上年度問題整改情況                                          | -    | R
            """)
    void heading_wording_names_its_part(String line, Integer year, String part) {
        HeadingCandidate c = detect(line).orElseThrow();

        PartScorer.Score score = PartScorer.score(c.portion(), year);

        assertThat(score.strong()).as("strong: %s", score).isTrue();
        assertThat(score.part()).isEqualTo(Part.ofCode(part).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "一、深入学习贯彻党的二十大精神和习近平法治思想,加大法治政府建设统筹推进力度",
                "五、强化督察检查，推动问题整改",
                "三、坚持问题导向，健全依法决策机制",
                "二、强化依法执政，狠抓关键少数",
                "四、补齐短板，提升基层治理能力"
            })
    void topic_headings_name_no_part_strongly(String line) {
        HeadingCandidate c = detect(line).orElseThrow();

        assertThat(PartScorer.score(c.portion(), 2024).strong()).isFalse();
    }
}
