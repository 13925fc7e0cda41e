package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The heading structure of a document: which numbering style is the top level (the outermost marker of
 * GB/T 9704 present, not the most frequent one), which lines of that style really are top-level headings
 * (the longest run of rising numbers, so a stray "五、" that breaks the run is not one), and which style
 * sits directly below.
 *
 * @param top the top-level style
 * @param child the style directly below the top level, or {@code null}
 * @param tops the accepted top-level headings in document order
 * @param candidates every heading-like line in document order
 */
record Outline(HeadingStyle top, HeadingStyle child, List<HeadingCandidate> tops, List<HeadingCandidate> candidates) {

    /** Outermost first; short "一是…" lines of their own are headings only in a text without any other number. */
    private static final HeadingStyle[] TOP_CANDIDATES = {
        HeadingStyle.PART,
        HeadingStyle.HAN,
        HeadingStyle.HAN_PAREN,
        HeadingStyle.ARABIC,
        HeadingStyle.ARABIC_PAREN,
        HeadingStyle.HAN_SHI
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
        // GB/T 9704: the marker decides the level (第X部分 > 一、 > （一） > 1. > （1）), never how many
        // headings of a kind there are; the outermost marker present is the top level, even once.
        HeadingStyle top = null;
        List<HeadingCandidate> tops = List.of();
        for (HeadingStyle style : TOP_CANDIDATES) {
            List<HeadingCandidate> run = sequence(candidates, style);
            if (!run.isEmpty()) {
                top = style;
                tops = run;
                break;
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

    /**
     * The longest run of one style whose numbers rise in steps of at most {@link #MAX_GAP}; it may start
     * at any number (a text pasted from the middle of a report starts at 三、), and a stray number that
     * does not continue the run is left out.
     */
    private static List<HeadingCandidate> sequence(List<HeadingCandidate> candidates, HeadingStyle style) {
        List<HeadingCandidate> ofStyle =
                candidates.stream().filter(c -> c.style() == style).toList();
        List<HeadingCandidate> best = List.of();
        for (int start = 0; start < ofStyle.size() && ofStyle.size() - start > best.size(); start++) {
            List<HeadingCandidate> run = new ArrayList<>();
            int last = ofStyle.get(start).number() - 1;
            for (int i = start; i < ofStyle.size(); i++) {
                HeadingCandidate c = ofStyle.get(i);
                if (c.number() > last && c.number() <= last + MAX_GAP) {
                    run.add(c);
                    last = c.number();
                }
            }
            if (run.size() > best.size()) {
                best = run;
            }
        }
        return best;
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
