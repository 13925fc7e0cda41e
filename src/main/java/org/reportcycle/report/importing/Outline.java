package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The heading structure of a document: which numbering style is the top level, which lines of that
 * style really are top-level headings (their numbers must run in sequence, so a stray "一、" inside a
 * paragraph is not one), and which style sits directly below.
 *
 * @param top the top-level style
 * @param child the style directly below the top level, or {@code null}
 * @param tops the accepted top-level headings in document order
 * @param candidates every heading-like line in document order
 */
record Outline(HeadingStyle top, HeadingStyle child, List<HeadingCandidate> tops, List<HeadingCandidate> candidates) {

    private static final HeadingStyle[] TOP_CANDIDATES = {
        HeadingStyle.PART, HeadingStyle.HAN, HeadingStyle.HAN_PAREN, HeadingStyle.ARABIC, HeadingStyle.ARABIC_PAREN
    };
    /** A numbering gap this large means the line belongs to another list. */
    private static final int MAX_GAP = 2;

    /**
     * Builds the outline.
     *
     * @param strongHeading tells whether an unnumbered short line names a part; such lines are the top
     *     level when there are no numbered headings, or when the numbering restarts between them
     */
    static Outline of(
            List<HeadingCandidate> candidates, Predicate<HeadingCandidate> strongHeading, List<String> notes) {
        HeadingStyle top = null;
        List<HeadingCandidate> tops = List.of();
        // The outermost style with a real run of headings wins; a lone numbered heading only when nothing runs.
        for (int minimum : new int[] {2, 1}) {
            for (HeadingStyle style : TOP_CANDIDATES) {
                List<HeadingCandidate> run = sequence(candidates, style);
                if (top == null && run.size() >= minimum) {
                    top = style;
                    tops = run;
                }
            }
        }
        List<HeadingCandidate> named = candidates.stream()
                .filter(c -> c.style() == HeadingStyle.UNNUMBERED)
                .filter(strongHeading)
                .toList();
        // Numbers that restart under unnumbered part headings belong to the sections, not the top level.
        if (top == null || (named.size() >= 2 && restarts(candidates, top))) {
            top = HeadingStyle.UNNUMBERED;
            tops = named;
            if (!tops.isEmpty()) {
                notes.add("按标题用语识别了 " + tops.size() + " 个无编号标题 (" + tops.size()
                        + " unnumbered headings recognised by their wording)");
            }
        }
        return new Outline(top, childOf(top, candidates), tops, candidates);
    }

    private static List<HeadingCandidate> sequence(List<HeadingCandidate> candidates, HeadingStyle style) {
        List<HeadingCandidate> run = new ArrayList<>();
        int last = 0;
        for (HeadingCandidate c : candidates) {
            if (c.style() != style) {
                continue;
            }
            boolean first = run.isEmpty() && c.number() >= 1 && c.number() <= MAX_GAP;
            boolean next = !run.isEmpty() && c.number() > last && c.number() <= last + MAX_GAP;
            if (first || next) {
                run.add(c);
                last = c.number();
            }
        }
        return run;
    }

    private static boolean restarts(List<HeadingCandidate> candidates, HeadingStyle style) {
        return candidates.stream()
                        .filter(c -> c.style() == style && c.number() == 1)
                        .count()
                > 1;
    }

    private static HeadingStyle childOf(HeadingStyle top, List<HeadingCandidate> candidates) {
        if (!top.numbered()) {
            return null;
        }
        for (HeadingStyle style : TOP_CANDIDATES) {
            if (style.ordinal() > top.ordinal() && candidates.stream().anyMatch(c -> c.style() == style)) {
                return style;
            }
        }
        return null;
    }
}
