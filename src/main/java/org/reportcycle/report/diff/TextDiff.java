package org.reportcycle.report.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Compares two texts paragraph by paragraph (one paragraph per line) and, inside a changed paragraph,
 * character by character.
 *
 * <p>Paragraphs are aligned by the shortest edit script over whole lines; within a block of changed lines,
 * an old and a new paragraph are shown side by side when they are similar enough to be versions of one
 * another, otherwise as deleted and inserted. A paragraph moved unchanged is flagged
 * {@link DiffLine#moved()}. Blank lines and spaces at either end of a line are layout and are ignored.
 * Stateless and thread-safe.
 */
@Component
public class TextDiff {

    /** One row per paragraph of either text, in reading order. */
    public List<DiffLine> sideBySide(String oldText, String newText) {
        List<String> olds = paragraphs(oldText);
        List<String> news = paragraphs(newText);
        List<DiffLine> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(olds, news).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                rows.add(DiffLine.equal(i + 1, j + 1, olds.get(i)));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (LineAligner.Step step : LineAligner.align(removed, added)) {
                rows.add(row(step, removed, added, i, j));
            }
            i += removed.size();
            j += added.size();
        }
        for (; i < olds.size(); i++, j++) {
            rows.add(DiffLine.equal(i + 1, j + 1, olds.get(i)));
        }
        return markMoves(rows);
    }

    public DiffSummary summary(String oldText, String newText) {
        return DiffSummary.of(sideBySide(oldText, newText));
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static DiffLine row(LineAligner.Step step, List<String> removed, List<String> added, int i, int j) {
        if (step.newIndex() < 0) {
            return DiffLine.deleted(i + step.oldIndex() + 1, removed.get(step.oldIndex()));
        }
        if (step.oldIndex() < 0) {
            return DiffLine.inserted(j + step.newIndex() + 1, added.get(step.newIndex()));
        }
        String before = removed.get(step.oldIndex());
        String after = added.get(step.newIndex());
        int oldNumber = i + step.oldIndex() + 1;
        int newNumber = j + step.newIndex() + 1;
        if (before.equals(after)) {
            return DiffLine.equal(oldNumber, newNumber, before);
        }
        CharDiff.Sides sides = CharDiff.diff(before, after);
        return new DiffLine(DiffLine.Kind.CHANGED, oldNumber, newNumber, sides.old(), sides.revised(), false);
    }

    /** Pairs each deleted paragraph with an identical inserted one, first come first served. */
    private static List<DiffLine> markMoves(List<DiffLine> rows) {
        Map<String, List<Integer>> deleted = new HashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).kind() == DiffLine.Kind.DELETED) {
                deleted.computeIfAbsent(rows.get(k).oldText(), t -> new ArrayList<>())
                        .add(k);
            }
        }
        if (deleted.isEmpty()) {
            return rows;
        }
        for (int k = 0; k < rows.size(); k++) {
            DiffLine row = rows.get(k);
            List<Integer> twins = row.kind() == DiffLine.Kind.INSERTED ? deleted.get(row.newText()) : null;
            if (twins != null && !twins.isEmpty()) {
                int twin = twins.removeFirst();
                rows.set(twin, rows.get(twin).asMoved());
                rows.set(k, row.asMoved());
            }
        }
        return rows;
    }
}
