package org.reportcycle.report.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.report.ReportText;
import org.reportcycle.shared.Part;

/**
 * The real reports in {@code fixtures/reports} as {@link ReportText}s, split into parts where
 * {@code headings.tsv} says; lines before the first heading (the introduction) go to part 1.
 */
public final class FixtureReports {

    /** One fixture: the file, its unit and year, and the report built from it. */
    public record Fixture(String file, String unit, int year, ReportText text) {}

    private static final String DIR = "/fixtures/reports/";

    private FixtureReports() {}

    public static List<Fixture> all() {
        Map<String, List<String[]>> headings = new LinkedHashMap<>();
        List<String> tsv = read("headings.tsv");
        for (String row : tsv.subList(1, tsv.size())) {
            if (!row.isBlank()) {
                String[] cols = row.split("\t");
                headings.computeIfAbsent(cols[0], f -> new ArrayList<>()).add(cols);
            }
        }
        List<Fixture> fixtures = new ArrayList<>();
        headings.forEach((file, rows) -> fixtures.add(build(file, rows)));
        return fixtures;
    }

    /** The longest fixture (about 15,000 characters). */
    public static Fixture largest() {
        return all().stream()
                .max((a, b) -> Integer.compare(length(a.text()), length(b.text())))
                .orElseThrow();
    }

    public static int length(ReportText text) {
        return text.parts().values().stream().mapToInt(String::length).sum();
    }

    private static Fixture build(String file, List<String[]> rows) {
        List<String> lines = read(file);
        String unit = rows.getFirst()[1];
        int year = Integer.parseInt(rows.getFirst()[2]);
        Map<Part, StringBuilder> parts = new EnumMap<>(Part.class);
        Part current = part(rows.getFirst()[5]);
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            for (String[] row : rows) {
                if (Integer.parseInt(row[3]) == lineNo) {
                    current = part(row[5]);
                }
            }
            String line = lines.get(i);
            if (line.isBlank() || isTitleLine(line, lineNo, rows)) {
                continue;
            }
            parts.computeIfAbsent(current, p -> new StringBuilder())
                    .append(line)
                    .append('\n');
        }
        Map<Part, String> texts = new EnumMap<>(Part.class);
        parts.forEach((part, text) -> texts.put(part, text.toString()));
        return new Fixture(file, unit, year, new ReportText(unit + year + "年法治政府建设年度报告", texts));
    }

    /** Title and unit lines above the introduction: the export prints its own title. */
    private static boolean isTitleLine(String line, int lineNo, List<String[]> rows) {
        boolean beforeHeadings = lineNo < Integer.parseInt(rows.getFirst()[3]);
        String s = line.strip();
        return beforeHeadings && s.length() < 40 && (s.endsWith("报告") || s.endsWith("办事处"));
    }

    private static Part part(String code) {
        return Part.ofCode(code).orElseThrow();
    }

    private static List<String> read(String name) {
        try (InputStream in = FixtureReports.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
