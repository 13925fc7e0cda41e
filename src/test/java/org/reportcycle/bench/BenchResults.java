package org.reportcycle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one benchmark run (every database measured in this JVM), written to
 * {@code target/bench/results.json} in the format of BENCHMARKS.md and printed as a Markdown table.
 */
final class BenchResults {

    /** Lower is better for times; higher for throughputs (the ratio is turned so that lower is better). */
    enum Kind {
        TIME,
        RATE
    }

    /** One figure: every run of the app side and of the baseline (empty when not measured). */
    record Figure(
            String scenario,
            String db,
            String metric,
            String unit,
            Kind kind,
            List<Double> app,
            List<Double> baseline,
            String target,
            String note) {

        Double appMedian() {
            return median(app);
        }

        Double baselineMedian() {
            return median(baseline);
        }

        Double ratio() {
            Double a = appMedian();
            Double b = baselineMedian();
            if (a == null || b == null || a == 0 || b == 0) {
                return null;
            }
            return kind == Kind.TIME ? a / b : b / a;
        }
    }

    static final Path DIR = Path.of("target", "bench");
    private static final List<Figure> FIGURES = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();

    private BenchResults() {}

    static synchronized void add(Figure figure) {
        FIGURES.add(figure);
    }

    static synchronized void note(String line) {
        NOTES.add(line);
    }

    static synchronized List<Figure> figures(String db) {
        return figures(db, false);
    }

    /** The figures of a database (all when null), with those that touch no database when asked. */
    static synchronized List<Figure> figures(String db, boolean withJvm) {
        return FIGURES.stream()
                .filter(f -> db == null || f.db().equals(db) || withJvm && f.db().equals("jvm"))
                .toList();
    }

    /** Writes results.json (the documented fields only) and results.md (with min–max and notes). */
    static synchronized void write() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : FIGURES) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", f.scenario());
            row.put("db", f.db());
            row.put("metric", f.metric());
            row.put("unit", f.unit());
            row.put("app", round(f.appMedian()));
            row.put("baseline", round(f.baselineMedian()));
            row.put("ratio", round(f.ratio()));
            rows.add(row);
        }
        try {
            Files.createDirectories(DIR);
            Files.writeString(
                    DIR.resolve("results.json"),
                    JsonMapper.builder()
                            .build()
                            .writerWithDefaultPrettyPrinter()
                            .writeValueAsString(rows),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    DIR.resolve("results.md"),
                    String.join("\n", NOTES) + "\n\n" + table(FIGURES),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures as a Markdown table: medians with min–max of the runs, ratio and target. */
    static String table(List<Figure> figures) {
        StringBuilder md = new StringBuilder();
        md.append("| id | db | metric | unit | app median (min–max) | baseline median (min–max) | ratio | target |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append("| ")
                    .append(f.scenario())
                    .append(" | ")
                    .append(f.db())
                    .append(" | ")
                    .append(f.metric())
                    .append(" | ")
                    .append(f.unit())
                    .append(" | ")
                    .append(spread(f.app(), f.note()))
                    .append(" | ")
                    .append(spread(f.baseline(), f.baseline().isEmpty() ? "—" : ""))
                    .append(" | ")
                    .append(f.ratio() == null ? "—" : fmt(f.ratio()))
                    .append(" | ")
                    .append(f.target() == null ? "" : f.target())
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String spread(List<Double> runs, String whenEmpty) {
        if (runs.isEmpty()) {
            return whenEmpty == null || whenEmpty.isEmpty() ? "—" : whenEmpty;
        }
        double min = runs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = runs.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return fmt(median(runs)) + " (" + fmt(min) + "–" + fmt(max) + ")";
    }

    static String fmt(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }

    static Double median(List<Double> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank percentile (0–100) of durations in nanoseconds, in milliseconds. */
    static double percentileMs(long[] nanos, double p) {
        long[] sorted = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
