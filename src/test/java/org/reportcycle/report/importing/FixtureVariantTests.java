package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five fixtures rewritten the ways real reports differ from them: renumbered in every numbering
 * style (each level moved to the style of the same rank in a hierarchy), numbered from 三 as if pasted
 * from the middle, punctuation switched between full and half width, top-level headings merged with
 * their first sentence, and sections reordered. The parts must come out as for the original.
 */
class FixtureVariantTests {

    /** Numbering hierarchies, outermost first: H = 一 二 …, A = 1 2 …, R = Ⅰ Ⅱ …. */
    static final List<List<String>> HIERARCHIES = List.of(
            List.of("H、", "（H）", "A.", "（A）"),
            List.of("H．", "(H)", "A、", "(A)"),
            List.of("H.", "（H）", "A．", "A）"),
            List.of("H，", "(H)", "A.", "A)"),
            List.of("H ", "（H）", "A. ", "（A）"),
            List.of("第H部分 ", "H、", "（H）", "A."),
            List.of("第H章 ", "H、", "(H)", "A、"),
            List.of("R、", "（H）", "A.", "（A）"),
            List.of("（H）", "A.", "（A）"),
            List.of("(H)", "A、", "(A)"),
            List.of("A、", "（A）"),
            List.of("A.", "(A)"),
            List.of("A．", "A）"));

    private static final Pattern NUMBER = Pattern.compile("^(\\s*)(?:([一二三四五六七八九十]{1,3})[、.．,，]"
            + "|[（(]([一二三四五六七八九十]{1,3})[)）]|(\\d{1,2})(?:[、．]|\\.(?!\\d))|[（(](\\d{1,2})[)）])\\s*");
    private static final String HAN = "一二三四五六七八九十";

    private final ReportImporter importer = new ReportImporter();

    static Stream<Arguments> renumbered() {
        List<Arguments> cases = new ArrayList<>();
        for (String file : Fixtures.FILES) {
            for (int h = 0; h < HIERARCHIES.size(); h++) {
                if (depth(Fixtures.text(file)) <= HIERARCHIES.get(h).size()) {
                    cases.add(Arguments.of(file, h, 0));
                    cases.add(Arguments.of(file, h, 2));
                }
            }
        }
        return cases.stream();
    }

    static Stream<String> fixtures() {
        return Fixtures.FILES.stream();
    }

    @ParameterizedTest(name = "{0} in hierarchy {1}, top numbers +{2}")
    @MethodSource("renumbered")
    void renumbered_fixture_keeps_its_parts(String file, int hierarchy, int offset) {
        String text = renumber(Fixtures.text(file), HIERARCHIES.get(hierarchy), offset);

        assertThat(parts(text)).as(text).containsExactlyElementsOf(expectedParts(file));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void half_width_and_full_width_punctuation_keep_the_parts(String file) {
        String half = swap(Fixtures.text(file), "，：；（）。", ",:;().");
        String full = swap(Fixtures.text(file), ",:;()", "，：；（）");

        assertThat(parts(half)).containsExactlyElementsOf(expectedParts(file));
        assertThat(parts(full)).containsExactlyElementsOf(expectedParts(file));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void top_headings_merged_with_their_first_sentence_keep_the_parts_and_are_split_again(String file) {
        List<String> lines = new ArrayList<>(List.of(Fixtures.text(file).split("\\R", -1)));
        List<Integer> tops = Fixtures.expected().get(file).stream()
                .map(Fixtures.Expected::line)
                .toList();
        for (int i = tops.size() - 1; i >= 0; i--) {
            int at = tops.get(i) - 1;
            String heading = lines.get(at).strip();
            if (heading.startsWith("(")
                    || at + 1 >= lines.size()
                    || lines.get(at + 1).isBlank()) {
                continue; // only 一、 headings followed by a paragraph
            }
            lines.set(
                    at,
                    heading.replaceAll("[。.]$", "") + "。" + lines.get(at + 1).strip());
            lines.remove(at + 1);
        }
        String merged = String.join("\n", lines);

        ImportPreview p = preview(merged);
        assertThat(p.headings().stream().map(h -> h.part().code()).toList())
                .containsExactlyElementsOf(expectedParts(file));
        // the heading is shown without the sentence, and the sentence is a paragraph of its part
        p.headings().forEach(h -> assertThat(h.text()).doesNotMatch(".*。.+"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("reorders")
    void sections_in_another_order_keep_their_parts(String file, List<Integer> order) {
        List<String> lines = List.of(Fixtures.text(file).split("\\R", -1));
        List<Fixtures.Expected> expected = Fixtures.expected().get(file);
        List<List<String>> sections = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            int from = expected.get(i).line() - 1;
            int to = i + 1 < expected.size() ? expected.get(i + 1).line() - 1 : lines.size();
            sections.add(lines.subList(from, to));
        }
        List<String> out = new ArrayList<>(lines.subList(0, expected.get(0).line() - 1));
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            List<String> section = new ArrayList<>(sections.get(order.get(k)));
            section.set(0, HAN.charAt(k) + "、" + section.get(0).strip().substring(2));
            out.addAll(section);
            parts.add(expected.get(order.get(k)).part());
        }

        assertThat(parts(String.join("\n", out))).containsExactlyElementsOf(parts);
    }

    static Stream<Arguments> reorders() {
        return Stream.of(
                Arguments.of("002_7fff814117d48ac1.txt", List.of(0, 2, 1, 3)),
                Arguments.of("002_7fff814117d48ac1.txt", List.of(2, 0, 1, 3)),
                Arguments.of("003_3725393f08df0ce2.txt", List.of(0, 2, 1, 3)),
                Arguments.of("004_39d45cfeb246675f.txt", List.of(0, 2, 1)),
                Arguments.of("000_aaa4a6a9c2eb3240.txt", List.of(0, 2, 1)));
    }

    private ImportPreview preview(String text) {
        return importer.preview("variant.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> parts(String text) {
        return preview(text).headings().stream().map(h -> h.part().code()).toList();
    }

    private static List<String> expectedParts(String file) {
        return Fixtures.expected().get(file).stream()
                .map(Fixtures.Expected::part)
                .toList();
    }

    /** Deepest numbering level the text uses, 1-based. */
    static int depth(String text) {
        int depth = 0;
        for (String line : text.split("\\R")) {
            Matcher m = NUMBER.matcher(line);
            if (m.find()) {
                depth = Math.max(depth, level(m) + 1);
            }
        }
        return depth;
    }

    private static int level(Matcher m) {
        for (int g = 2; g <= 5; g++) {
            if (m.group(g) != null) {
                return g - 2;
            }
        }
        throw new IllegalStateException();
    }

    /** Every numbered line moved to the style of its level in the hierarchy; top-level numbers shifted. */
    static String renumber(String text, List<String> hierarchy, int topOffset) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            Matcher m = NUMBER.matcher(line);
            if (m.find()) {
                int level = level(m);
                int n = HeadingDetector.parseNumber(m.group(level + 2)) + (level == 0 ? topOffset : 0);
                line = m.group(1) + render(hierarchy.get(level), n) + line.substring(m.end());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    static String render(String template, int n) {
        return template.replace("H", han(n)).replace("A", String.valueOf(n)).replace("R", String.valueOf((char)
                ('\u2160' + n - 1)));
    }

    static String han(int n) {
        if (n <= 10) {
            return String.valueOf(HAN.charAt(n - 1));
        }
        return "十" + HAN.charAt(n - 11);
    }

    private static String swap(String text, String from, String to) {
        Map<Character, Character> map = new java.util.HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(map.getOrDefault(c, c));
        }
        return out.toString();
    }
}
