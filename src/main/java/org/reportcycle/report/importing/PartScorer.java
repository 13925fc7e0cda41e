package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.shared.Part;

/**
 * Scores how strongly a heading's wording names each part, and says which words decided. The lexicon
 * holds the words the statutory part names and real reports use (存在的问题, 下一步, 第一责任人, 述法,
 * “一把手”, 整改落实 …), weighted so that a combination of cues beats a single generic word: "推动问题整改"
 * inside the measures is not the rectification part, "上一年度问题整改情况" is. A heading naming two parts
 * ("存在的问题和下一步打算") is a merged heading: the part it names first wins, the other is kept as runner-up.
 */
final class PartScorer {

    /** At or above this a heading's wording alone decides its part. */
    static final int STRONG = 4;

    /** Confidence of a heading that names two parts: below the confirmation threshold. */
    static final int MERGED = 50;

    private record Cue(Part part, Pattern pattern, int weight) {}

    private static final List<Cue> CUES = List.of(
            cue(Part.RECTIFICATION, "整改|改进|改正", 2),
            cue(Part.RECTIFICATION, "(整改|改进|改正).{0,6}(情况|成效)$", 3),
            cue(Part.RECTIFICATION, "(上年|去年|上一年|往年|以往|前一年).{0,15}(整改|改进|改正)", 2),
            cue(Part.RECTIFICATION, "(问题|不足).{0,6}(整改|改进|改正)", 1),
            cue(Part.RECTIFICATION, "(反馈|指出|交办|移交)的?问题.{0,4}(整改|改进)", 3),
            // "存在问题整改/改进情况" reports on fixing the problems, not on the problems
            cue(Part.RECTIFICATION, "存在的?问题.{0,4}(整改|改进|改正)", 4),
            cue(Part.SHORTCOMINGS, "存在的?(主要)?(突出)?(问题|不足|困难|短板|差距|薄弱|弱项)", 4),
            cue(Part.SHORTCOMINGS, "(问题|不足|困难|短板|差距|薄弱环节|弱项)(和|及|与|、|以及)(原因|不足|问题|困难|差距|短板|弱项|建议)", 3),
            cue(Part.SHORTCOMINGS, "原因分析|不足之处|(问题|不足|短板|差距|弱项)$", 3),
            cue(Part.SHORTCOMINGS, "不足", 2),
            cue(Part.SHORTCOMINGS, "问题", 1),
            cue(Part.SHORTCOMINGS, "短板|差距|薄弱|困难|弱项", 1),
            cue(Part.SHORTCOMINGS, "原因", 1),
            cue(Part.FIRST_RESPONSIBLE, "第一责任人", 5),
            cue(Part.FIRST_RESPONSIBLE, "主要负责人|主要负责同志", 3),
            cue(Part.FIRST_RESPONSIBLE, "述法", 4),
            cue(Part.FIRST_RESPONSIBLE, "履行.{0,15}职责|(党政|主要)领导.{0,6}(履职|职责)|履职情况|职责履行", 2),
            cue(Part.FIRST_RESPONSIBLE, "一把手", 4),
            cue(Part.FIRST_RESPONSIBLE, "(领导干部|主要领导|党政领导|班子)带头", 2),
            cue(Part.FIRST_RESPONSIBLE, "关键少数", 1),
            cue(Part.NEXT_YEAR, "下一步|下步|下一年|下年度|下阶段|下一阶段|明年|来年|今后|新的一年|未来|展望", 4),
            cue(Part.NEXT_YEAR, "(工作|主要|重点)(计划|安排|打算|思路|设想|目标|任务|要点)", 3),
            cue(Part.NEXT_YEAR, "计划|安排|打算|思路|设想|努力方向|工作方向", 2),
            cue(Part.MEASURES, "(?<!整改|改进)(工作|开展|推进|落实|总体|基本|建设|进展|完成)情况", 4),
            cue(Part.MEASURES, "成效|成绩|成果|亮点|经验|工作总结|工作回顾", 3),
            cue(Part.MEASURES, "举措|措施|做法|主要工作", 2),
            cue(Part.OTHER, "^(其他|其它)", 4),
            cue(Part.OTHER, "(需要|应当|须)报告|(其他|其它)(事项|情况|工作)", 2));

    /** Ties go to the rarer, more specific part. */
    private static final Part[] PRIORITY = {
        Part.RECTIFICATION, Part.FIRST_RESPONSIBLE, Part.SHORTCOMINGS, Part.NEXT_YEAR, Part.OTHER, Part.MEASURES
    };

    private PartScorer() {}

    /**
     * A part and how strongly the wording names it.
     *
     * @param words the words of the heading that count for {@link #part}
     * @param merged the heading also names {@link #runnerUp} strongly (two parts under one heading)
     */
    record Score(Part part, int value, Part runnerUp, int runnerUpValue, List<String> words, boolean merged) {
        boolean strong() {
            return value >= STRONG;
        }

        /** How far the wording alone can be trusted, 0 … 95. */
        int confidence() {
            if (value == 0) {
                return 0;
            }
            if (merged) {
                return MERGED; // right part for its first half; the drafter decides whether to split it
            }
            int margin = Math.max(0, value - runnerUpValue);
            return Math.min(95, strong() ? 60 + 6 * Math.min(margin, 5) : 25 + 5 * value);
        }
    }

    /**
     * Scores a heading portion (normalized, number removed).
     *
     * @param reportYear the reporting year when known: the following year marks part 4, the previous one
     *     together with 整改 marks the rectification part
     */
    static Score score(String portion, Integer reportYear) {
        Map<Part, Integer> scores = new EnumMap<>(Part.class);
        Map<Part, Integer> firstAt = new EnumMap<>(Part.class);
        Map<Part, Set<String>> words = new EnumMap<>(Part.class);
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(portion);
            if (m.find()) {
                scores.merge(cue.part(), cue.weight(), Integer::sum);
                firstAt.merge(cue.part(), m.start(), Math::min);
                words.computeIfAbsent(cue.part(), p -> new LinkedHashSet<>()).add(m.group());
            }
        }
        if (reportYear != null) {
            String next = (reportYear + 1) + "年";
            if (portion.contains(next)) {
                scores.merge(Part.NEXT_YEAR, 4, Integer::sum);
                firstAt.merge(Part.NEXT_YEAR, portion.indexOf(next), Math::min);
                words.computeIfAbsent(Part.NEXT_YEAR, p -> new LinkedHashSet<>())
                        .add(next);
            }
            String previous = (reportYear - 1) + "年";
            if (portion.contains(previous) && portion.matches(".*(整改|改进|改正).*")) {
                scores.merge(Part.RECTIFICATION, 2, Integer::sum);
                words.computeIfAbsent(Part.RECTIFICATION, p -> new LinkedHashSet<>())
                        .add(previous);
            }
        }
        Part best = Part.MEASURES;
        int bestValue = 0;
        Part second = null;
        int secondValue = 0;
        for (Part part : PRIORITY) {
            int value = scores.getOrDefault(part, 0);
            if (value > bestValue) {
                second = bestValue > 0 ? best : second;
                secondValue = bestValue > 0 ? bestValue : secondValue;
                best = part;
                bestValue = value;
            } else if (value > secondValue) {
                second = part;
                secondValue = value;
            }
        }
        boolean merged = bestValue >= STRONG
                && secondValue >= STRONG
                && best != Part.RECTIFICATION
                && second != Part.RECTIFICATION;
        if (merged && firstAt.get(second) < firstAt.get(best)) {
            Part p = best;
            best = second;
            second = p;
            int v = bestValue;
            bestValue = secondValue;
            secondValue = v;
        }
        List<String> decisive = new ArrayList<>(words.getOrDefault(best, Set.of()));
        return new Score(best, bestValue, second, secondValue, List.copyOf(decisive), merged);
    }

    private static Cue cue(Part part, String regex, int weight) {
        return new Cue(part, Pattern.compile(regex), weight);
    }
}
