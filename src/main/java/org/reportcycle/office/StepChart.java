package org.reportcycle.office;

import java.util.Map;
import java.util.function.Function;
import org.reportcycle.shared.Step;

/**
 * The dashboard's "reports per step" bar chart as server-rendered SVG: no script, no commercial
 * component, readable by screen readers (each bar has a title) and printable.
 */
public final class StepChart {

    private static final int ROW = 26;
    private static final int LABEL = 170;
    private static final int BAR = 320;

    private StepChart() {}

    /** One horizontal bar per step, in process order, with the step's label and count. */
    public static String svg(Map<Step, Long> counts, Function<Step, String> label, String title) {
        long max = Math.max(
                1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Step[] steps = Step.values();
        int height = steps.length * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(LABEL + BAR + 60)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(LABEL + BAR + 60)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < steps.length; i++) {
            Step step = steps[i];
            long n = counts.getOrDefault(step, 0L);
            int y = 4 + i * ROW;
            int width = (int) Math.round((double) BAR * n / max);
            String name = escape(label.apply(step));
            svg.append("<g class=\"bar\" data-step=\"")
                    .append(step.name())
                    .append("\">")
                    .append("<title>")
                    .append(name)
                    .append(": ")
                    .append(n)
                    .append("</title>")
                    .append("<text x=\"")
                    .append(LABEL - 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" text-anchor=\"end\">")
                    .append(name)
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(ROW - 8)
                    .append("\" fill=\"")
                    .append(step == Step.PUBLISHED ? "#2e7d32" : "#1565c0")
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(LABEL + width + 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\">")
                    .append(n)
                    .append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
