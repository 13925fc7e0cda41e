package org.reportcycle.report.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The labelled corpus in src/test/resources/importing/corpus (format in its README.md). */
final class Corpus {

    /** A heading with its labelled part code and its line number in the rebuilt text (1-based). */
    record Heading(String part, String text, int line) {}

    /** One report: where it came from, its split, its rebuilt text and labelled headings. */
    record Report(String file, String source, boolean heldOut, String text, List<Heading> headings) {}

    private Corpus() {}

    static List<Report> reports() {
        URL dir = Corpus.class.getResource("/importing/corpus");
        if (dir == null) {
            throw new IllegalStateException("missing importing/corpus");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(Corpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Report read(Path path) {
        List<String> rows;
        try {
            rows = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = null;
        Boolean heldOut = null;
        List<String> lines = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        for (String row : rows) {
            if (row.startsWith("# source: ")) {
                source = row.substring("# source: ".length());
            } else if (row.startsWith("# split: ")) {
                heldOut = row.endsWith("held-out");
            } else if (row.startsWith("T\t") || row.startsWith("P\t")) {
                lines.add(row.substring(2));
            } else if (row.startsWith("H\t")) {
                String[] f = row.split("\t", 3);
                lines.add(f[2]);
                headings.add(new Heading(f[1], f[2], lines.size()));
            }
        }
        if (source == null || heldOut == null || headings.isEmpty()) {
            throw new IllegalStateException(path + ": needs a source, a split and at least one heading");
        }
        return new Report(
                path.getFileName().toString(), source, heldOut, String.join("\n", lines), List.copyOf(headings));
    }
}
