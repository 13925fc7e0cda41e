package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportcycle.report.importing.ClassifiedHeading.Basis;
import org.reportcycle.shared.Part;

/**
 * Maps the top-level headings to parts by meaning and position, then lifts sub-headings that name a part
 * missing at the top level (a report may hide part 3 as "（三）…第一责任人职责…" inside part 1).
 *
 * <p>Position rule: reports open with the measures, often as many topic headings ("一、健全依法行政制度
 * 体系…") whose wording names no part, and may put part 3 or last year's rectification first. Every
 * unclear heading before the first one that clearly names the shortcomings, next year or "other" part is
 * therefore part 1 (fairly sure). After that, an unclear heading follows its weak cue; failing that, the
 * part after the shortcomings is the first responsible person's duty when next year's plans still follow
 * and no heading names part 3, otherwise next year's plans; anywhere else it continues the part before it.
 * Headings placed by position after the measures are marked for the drafter to confirm.
 */
final class PartAssigner {

    /** Parts a sub-heading may be lifted to; measures and "other" wording is too common inside sections. */
    private static final Set<Part> LIFTABLE =
            EnumSet.of(Part.SHORTCOMINGS, Part.FIRST_RESPONSIBLE, Part.NEXT_YEAR, Part.RECTIFICATION);
    /** Parts that come after the measures; the first heading clearly naming one ends the measures. */
    private static final Set<Part> AFTER_MEASURES = EnumSet.of(Part.SHORTCOMINGS, Part.NEXT_YEAR, Part.OTHER);

    private static final int WEAK_CUE = 2;
    /** Confidence of a topic heading before the first heading that names a later part. */
    private static final int TOPIC_AMONG_MEASURES = 70;
    /** Confidence of a heading placed only by the parts around it: the drafter confirms it. */
    private static final int BY_POSITION = 40;
    /** A lifted sub-heading is never certain: the report may treat it as one of the measures. */
    private static final int LIFTED_AT_MOST = 80;
    /** Sub-headings are often topical, so lifting one needs more than a strong top-level heading. */
    private static final int LIFT = 5;

    private static final Pattern PERFORMED = Pattern.compile("履行|情况|述法|履职");

    private PartAssigner() {}

    static List<AssignedHeading> assign(Outline outline, Integer year, List<String> notes) {
        List<AssignedHeading> tops = assignTops(outline.tops(), year, notes);
        return withLifted(outline, tops, year, notes);
    }

    private static List<AssignedHeading> assignTops(List<HeadingCandidate> tops, Integer year, List<String> notes) {
        List<PartScorer.Score> scores =
                tops.stream().map(c -> PartScorer.score(c.portion(), year)).toList();
        int firstOther = tops.size();
        for (int i = 0; i < tops.size(); i++) {
            if (scores.get(i).strong() && AFTER_MEASURES.contains(scores.get(i).part())) {
                firstOther = i;
                break;
            }
        }
        boolean namesPartThree = scores.stream().anyMatch(s -> s.strong() && s.part() == Part.FIRST_RESPONSIBLE);
        List<AssignedHeading> assigned = new ArrayList<>();
        for (int i = 0; i < tops.size(); i++) {
            HeadingCandidate c = tops.get(i);
            PartScorer.Score s = scores.get(i);
            if (s.strong()) {
                assigned.add(new AssignedHeading(c, s.part(), Basis.MEANING, false, s.confidence(), s.words()));
                noteSecondPart(c, s, notes);
                continue;
            }
            if (i < firstOther) {
                // topic headings before the shortcomings are the measures (依法全面履行政府职能 …)
                List<String> words = s.part() == Part.MEASURES ? s.words() : List.of();
                assigned.add(new AssignedHeading(c, Part.MEASURES, Basis.POSITION, false, TOPIC_AMONG_MEASURES, words));
                continue;
            }
            Part previous = assigned.get(assigned.size() - 1).part();
            Part part;
            if (s.value() >= WEAK_CUE) {
                part = s.part();
            } else if (previous == Part.SHORTCOMINGS) {
                // after the shortcomings come the first responsible person's duty or next year's plans
                boolean nextYearLater = scores.subList(i + 1, scores.size()).stream()
                        .anyMatch(x -> x.strong() && x.part() == Part.NEXT_YEAR);
                part = nextYearLater && !namesPartThree
                        ? Part.FIRST_RESPONSIBLE
                        : nextYearLater ? previous : Part.NEXT_YEAR;
            } else {
                part = previous;
            }
            List<String> words = part == s.part() ? s.words() : List.of();
            assigned.add(new AssignedHeading(c, part, Basis.POSITION, false, BY_POSITION, words));
            notes.add("标题“" + c.display() + "”按位置归入" + label(part) + "，请确认 (mapped to part " + part.code()
                    + " by position; please confirm)");
        }
        return assigned;
    }

    private static void noteSecondPart(HeadingCandidate c, PartScorer.Score s, List<String> notes) {
        if (s.merged()) {
            notes.add("标题“" + c.display() + "”同时涉及" + label(s.part()) + "和" + label(s.runnerUp()) + "，已归入"
                    + label(s.part()) + "，请确认是否拆分 (heading covers parts "
                    + s.part().code() + " and "
                    + s.runnerUp().code() + "; mapped to part " + s.part().code() + ", please confirm or split)");
        } else if (s.runnerUp() != null
                && s.runnerUpValue() >= PartScorer.STRONG
                && s.value() - s.runnerUpValue() <= 2) {
            notes.add("标题“" + c.display() + "”也涉及" + label(s.runnerUp()) + " (heading also reads as part "
                    + s.runnerUp().code() + ")");
        }
    }

    private static List<AssignedHeading> withLifted(
            Outline outline, List<AssignedHeading> tops, Integer year, List<String> notes) {
        if (tops.isEmpty()) {
            return tops;
        }
        Set<Part> present = EnumSet.noneOf(Part.class);
        tops.forEach(a -> present.add(a.part()));
        List<AssignedHeading> result = new ArrayList<>();
        int next = 0;
        Part enclosing = null;
        for (HeadingCandidate c : outline.candidates()) {
            if (next < tops.size() && tops.get(next).candidate() == c) {
                enclosing = tops.get(next).part();
                result.add(tops.get(next++));
                continue;
            }
            if (enclosing == null || !liftable(c, outline)) {
                continue;
            }
            PartScorer.Score s = PartScorer.score(c.portion(), year);
            if (liftsTo(s, c) && !present.contains(s.part()) && s.part() != enclosing) {
                result.add(new AssignedHeading(
                        c, s.part(), Basis.LIFTED, true, Math.min(s.confidence(), LIFTED_AT_MOST), s.words()));
                notes.add("小标题“" + c.display() + "”提升为" + label(s.part()) + " (sub-heading lifted to part "
                        + s.part().code() + ")");
            }
        }
        return result;
    }

    // "强化第一责任人职责" inside the measures is a measure; "主要负责人履行…职责情况" reports on part 3.
    private static boolean liftsTo(PartScorer.Score s, HeadingCandidate c) {
        return s.value() >= LIFT
                && LIFTABLE.contains(s.part())
                && (s.part() != Part.FIRST_RESPONSIBLE
                        || PERFORMED.matcher(c.portion()).find());
    }

    private static boolean liftable(HeadingCandidate c, Outline outline) {
        return c.style() == outline.child()
                || (c.style() == HeadingStyle.UNNUMBERED && outline.top().numbered());
    }

    static String label(Part part) {
        return part == Part.RECTIFICATION ? "整改情况部分" : "第" + "一二三四五".charAt(part.ordinal()) + "部分";
    }
}
