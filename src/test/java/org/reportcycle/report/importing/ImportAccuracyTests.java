package org.reportcycle.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * How often the importer puts a heading of a real report into its labelled part: on the tuning and
 * held-out halves of the corpus (src/test/resources/importing/corpus) and on the 27 fixture headings.
 * Prints one summary line; fails below 95% on the held-out set or below 100% on the fixtures.
 */
class ImportAccuracyTests {

    private final ReportImporter importer = new ReportImporter();

    /** Right and all headings of one set, by labelled part, and what the misses became. */
    private static final class Tally {
        int right;
        int all;
        final Map<String, int[]> byPart = new TreeMap<>();
        final Map<String, Integer> confusion = new TreeMap<>();
        final StringBuilder misses = new StringBuilder();

        void count(Corpus.Report report, Corpus.Heading h, String got) {
            all++;
            int[] part = byPart.computeIfAbsent(h.part(), k -> new int[2]);
            part[1]++;
            if (got.equals(h.part())) {
                right++;
                part[0]++;
            } else {
                confusion.merge(h.part() + "→" + got, 1, Integer::sum);
                misses.append("\n  ")
                        .append(report.file())
                        .append(" expected ")
                        .append(h.part())
                        .append(" got ")
                        .append(got)
                        .append(": ")
                        .append(h.text());
            }
        }

        String parts() {
            StringBuilder out = new StringBuilder();
            byPart.forEach((part, n) -> out.append(" part ")
                    .append(part)
                    .append(' ')
                    .append(n[0])
                    .append('/')
                    .append(n[1]));
            return out.toString().strip();
        }
    }

    @Test
    void corpus_and_fixture_headings_land_in_their_labelled_parts() {
        Tally tuning = new Tally();
        Tally heldOut = new Tally();
        for (Corpus.Report report : Corpus.reports()) {
            ReportText text = importer.preview(report.file(), report.text().getBytes(StandardCharsets.UTF_8))
                    .text();
            for (Corpus.Heading h : report.headings()) {
                (report.heldOut() ? heldOut : tuning).count(report, h, partHolding(text, h.text()));
            }
        }
        int[] fixtures = fixtureTally();

        System.out.println("IMPORT ACCURACY: tuning " + tuning.right + "/" + tuning.all + ", held-out " + heldOut.right
                + "/" + heldOut.all + ", fixtures " + fixtures[0] + "/" + fixtures[1]);
        System.out.println("IMPORT BY PART: tuning " + tuning.parts() + "; held-out " + heldOut.parts());
        System.out.println(
                "IMPORT CONFUSION (expected→got): tuning " + tuning.confusion + ", held-out " + heldOut.confusion);
        if (!tuning.misses.isEmpty()) {
            System.out.println("IMPORT TUNING MISSES:" + tuning.misses);
        }
        if (!heldOut.misses.isEmpty()) {
            System.out.println("IMPORT HELD-OUT MISSES:" + heldOut.misses);
        }
        assertThat(fixtures[0]).as("fixture headings in their parts").isEqualTo(fixtures[1]);
        assertThat(heldOut.right * 100).as("held-out accuracy in %").isGreaterThanOrEqualTo(95 * heldOut.all);
    }

    /** The code of the part whose text holds the line, "-" when no part holds it. */
    static String partHolding(ReportText text, String line) {
        String wanted = line.strip();
        for (Part part : Part.documentOrder()) {
            String body = text.parts().get(part);
            // a section heading with its first sentence on the same line is split into heading and paragraph
            if (body != null
                    && body.lines()
                            .map(String::strip)
                            .anyMatch(l -> l.equals(wanted) || (l.length() >= 4 && wanted.startsWith(l)))) {
                return part.code();
            }
        }
        return "-";
    }

    private int[] fixtureTally() {
        int right = 0;
        int all = 0;
        for (Map.Entry<String, List<Fixtures.Expected>> e : Fixtures.expected().entrySet()) {
            List<String> got = ReportImporterTests.rows(
                    importer.preview(e.getKey(), Fixtures.bytes(e.getKey())).headings());
            for (Fixtures.Expected x : e.getValue()) {
                all++;
                if (got.contains(x.line() + "|" + x.part() + "|" + x.heading())) {
                    right++;
                }
            }
        }
        return new int[] {right, all};
    }
}
