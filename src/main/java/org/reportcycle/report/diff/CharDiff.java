package org.reportcycle.report.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/** Character-level differences between two paragraphs. */
final class CharDiff {

    /** The two sides of a changed paragraph. */
    record Sides(List<Segment> old, List<Segment> revised) {}

    /** Either an unchanged stretch ({@code equal} set) or a change: {@code deleted} replaced by {@code inserted}. */
    private record Run(String equal, String deleted, String inserted) {

        static Run same(String text) {
            return new Run(text, null, null);
        }

        static Run change(String deleted, String inserted) {
            return new Run(null, deleted, inserted);
        }

        boolean isEqual() {
            return equal != null;
        }

        int largerEdit() {
            return Math.max(deleted.codePointCount(0, deleted.length()), inserted.codePointCount(0, inserted.length()));
        }
    }

    private CharDiff() {}

    static Sides diff(String oldText, String newText) {
        List<Run> runs = cleanUp(runs(oldText, newText));
        List<Segment> old = new ArrayList<>();
        List<Segment> revised = new ArrayList<>();
        for (Run run : runs) {
            if (run.isEqual()) {
                append(old, Segment.Type.EQUAL, run.equal());
                append(revised, Segment.Type.EQUAL, run.equal());
            } else {
                append(old, Segment.Type.DELETED, run.deleted());
                append(revised, Segment.Type.INSERTED, run.inserted());
            }
        }
        return new Sides(old, revised);
    }

    /** Adds a segment, joining it to the last one of the same type: a pure insertion leaves the old side whole. */
    private static void append(List<Segment> side, Segment.Type type, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!side.isEmpty() && side.getLast().type() == type) {
            side.set(side.size() - 1, new Segment(type, side.getLast().text() + text));
        } else {
            side.add(new Segment(type, text));
        }
    }

    /** Myers' shortest edit script over code points, as alternating equal and changed runs. */
    private static List<Run> runs(String oldText, String newText) {
        List<Integer> a = oldText.codePoints().boxed().toList();
        List<Integer> b = newText.codePoints().boxed().toList();
        Patch<Integer> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<Integer> delta : patch.getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > pos) {
                runs.add(Run.same(text(a.subList(pos, at))));
            }
            String deleted = text(delta.getSource().getLines());
            String inserted = text(delta.getTarget().getLines());
            Run last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && !last.isEqual()) {
                runs.set(runs.size() - 1, Run.change(last.deleted() + deleted, last.inserted() + inserted));
            } else {
                runs.add(Run.change(deleted, inserted));
            }
            pos = at + delta.getSource().size();
        }
        if (pos < a.size()) {
            runs.add(Run.same(text(a.subList(pos, a.size()))));
        }
        return runs;
    }

    /**
     * Folds a short unchanged stretch between two much longer changes into them. A rewritten sentence
     * otherwise shows as confetti around every "的" and "和" it happens to share with the old one. Only
     * stretches at most half as long as the changes on both sides go, so small edits stay exact.
     */
    private static List<Run> cleanUp(List<Run> runs) {
        boolean folded = true;
        while (folded) {
            folded = false;
            for (int i = 1; i + 1 < runs.size(); i++) {
                Run eq = runs.get(i);
                Run before = runs.get(i - 1);
                Run after = runs.get(i + 1);
                if (!eq.isEqual() || before.isEqual() || after.isEqual()) {
                    continue;
                }
                int length = eq.equal().codePointCount(0, eq.equal().length());
                if (2 * length <= before.largerEdit() && 2 * length <= after.largerEdit()) {
                    Run merged = Run.change(
                            before.deleted() + eq.equal() + after.deleted(),
                            before.inserted() + eq.equal() + after.inserted());
                    runs.subList(i - 1, i + 2).clear();
                    runs.add(i - 1, merged);
                    folded = true;
                    break;
                }
            }
        }
        return runs;
    }

    private static String text(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder(codePoints.size());
        codePoints.forEach(out::appendCodePoint);
        return out.toString();
    }
}
