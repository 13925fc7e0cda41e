package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;

/**
 * Writes a process as SVG from its BPMN DI (shapes, edges and their label positions), with the nodes done, the
 * nodes current and the flows taken drawn in their own colours. A small writer of our own instead of Flowable's
 * image generator, which needs AWT and its fonts on the server. Labels come from {@code label} (a node's or
 * flow's name in the viewer's language); all text is escaped.
 */
final class DiagramSvg {

    private static final double MARGIN = 20;
    private static final String FONT = "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif";

    /** What to highlight: nodes done, nodes current (an open task), flows taken. */
    record Highlight(Set<String> done, Set<String> current, Set<String> taken) {
        static final Highlight NONE = new Highlight(Set.of(), Set.of(), Set.of());
    }

    private DiagramSvg() {}

    /**
     * Where across the drawing the current step is ({@code data-focus-x}: its centre as a fraction of the width,
     * the first current step when several are), so a narrow screen can scroll it into view; nothing when no step
     * is current.
     */
    private static String focus(BpmnModel model, Highlight highlight, int left, int width) {
        OptionalDouble centre = highlight.current().stream()
                .map(model::getGraphicInfo)
                .filter(Objects::nonNull)
                .mapToDouble(g -> g.getX() + g.getWidth() / 2)
                .min();
        return centre.isEmpty()
                ? ""
                : String.format(Locale.ROOT, " data-focus-x=\"%.3f\"", (centre.getAsDouble() - left) / width);
    }

    static String write(BpmnModel model, Highlight highlight, Function<FlowElement, String> label, String title) {
        // the drawing's bounds: the model's coordinates need not start at 0, and the picture should not start
        // with the empty band a modeler leaves above and to the left
        List<GraphicInfo> all = new ArrayList<>(model.getLocationMap().values());
        model.getFlowLocationMap().values().forEach(all::addAll);
        all.addAll(model.getLabelLocationMap().values());
        double minX = all.isEmpty() ? 0 : Double.MAX_VALUE;
        double minY = all.isEmpty() ? 0 : Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (GraphicInfo g : all) {
            minX = Math.min(minX, g.getX());
            minY = Math.min(minY, g.getY());
            maxX = Math.max(maxX, g.getX() + g.getWidth());
            maxY = Math.max(maxY, g.getY() + g.getHeight());
        }
        int left = (int) Math.floor(Math.max(0, minX - MARGIN));
        int top = (int) Math.floor(Math.max(0, minY - MARGIN));
        int width = (int) Math.ceil(maxX + MARGIN) - left;
        int height = (int) Math.ceil(maxY + MARGIN) - top;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .append(left)
                .append(' ')
                .append(top)
                .append(' ')
                .append(width)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\"")
                .append(focus(model, highlight, left, width))
                .append(" role=\"img\" font-family=\"")
                .append(FONT)
                .append("\" font-size=\"12\">\n<title>")
                .append(escape(title))
                .append("</title>\n<style>")
                .append(".n{fill:#fff;stroke:#8a94a6;stroke-width:1.5}.n.done{fill:#e6f4ea;stroke:#1e8e3e}")
                .append(".n.current{fill:#fff4e0;stroke:#e37400;stroke-width:3}")
                .append(".f{fill:none;stroke:#8a94a6;stroke-width:1.2}.f.taken{stroke:#1e8e3e;stroke-width:2.5}")
                .append(".t{fill:#202124;text-anchor:middle;dominant-baseline:middle}")
                .append(".l{fill:#5f6368;font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px;")
                .append("stroke-linejoin:round}")
                .append("</style>\n<defs>")
                .append(marker("arrow", "#8a94a6"))
                .append(marker("arrow-taken", "#1e8e3e"))
                .append(diamond("cond", "#8a94a6"))
                .append(diamond("cond-taken", "#1e8e3e"))
                .append("</defs>\n");
        // the flows' names go on top of the shapes: a longer name (English) stays readable where it meets one
        StringBuilder flowNames = new StringBuilder();
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof SequenceFlow flow) {
                edge(svg, flowNames, model, flow, highlight.taken().contains(flow.getId()), label.apply(flow));
            }
        }
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof FlowNode node && model.getGraphicInfo(node.getId()) != null) {
                String state = highlight.current().contains(node.getId())
                        ? " current"
                        : highlight.done().contains(node.getId()) ? " done" : "";
                shape(svg, model, node, state, label.apply(node));
            }
        }
        return svg.append(flowNames).append("</svg>\n").toString();
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"" + colour
                + "\"/></marker>";
    }

    /** BPMN's mini-diamond where a conditional flow leaves a task (not a gateway): a decision chooses it. */
    private static String diamond(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 16 10\" refX=\"0\" refY=\"5\" markerWidth=\"16\" "
                + "markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,5L8,0L16,5L8,10z\" "
                + "fill=\"#fff\" stroke=\"" + colour + "\" stroke-width=\"1.2\"/></marker>";
    }

    private static void edge(
            StringBuilder svg, StringBuilder names, BpmnModel model, SequenceFlow flow, boolean taken, String name) {
        List<GraphicInfo> points = model.getFlowLocationGraphicInfo(flow.getId());
        if (points == null || points.size() < 2) {
            return;
        }
        svg.append("<polyline id=\"flow-")
                .append(escape(flow.getId()))
                .append("\" class=\"f")
                .append(taken ? " taken" : "")
                .append("\" marker-end=\"url(#")
                .append(taken ? "arrow-taken" : "arrow")
                .append(")\"")
                .append(
                        conditional(model, flow)
                                ? " marker-start=\"url(#" + (taken ? "cond-taken" : "cond") + ")\""
                                : "")
                .append(" points=\"");
        for (GraphicInfo p : points) {
            svg.append(num(p.getX())).append(',').append(num(p.getY())).append(' ');
        }
        svg.setLength(svg.length() - 1);
        svg.append("\"/>\n");
        GraphicInfo at = model.getLabelGraphicInfo(flow.getId());
        if (name != null && !name.isBlank() && at != null) {
            text(names, "t l", at.getX() + at.getWidth() / 2, at.getY() + at.getHeight() / 2, name);
        }
    }

    private static boolean conditional(BpmnModel model, SequenceFlow flow) {
        return flow.getConditionExpression() != null
                && !(model.getMainProcess().getFlowElement(flow.getSourceRef()) instanceof Gateway);
    }

    private static void shape(StringBuilder svg, BpmnModel model, FlowNode node, String state, String name) {
        GraphicInfo g = model.getGraphicInfo(node.getId());
        double cx = g.getX() + g.getWidth() / 2;
        double cy = g.getY() + g.getHeight() / 2;
        String open = "<g id=\"node-" + escape(node.getId()) + "\">";
        svg.append(open);
        if (node instanceof Gateway) {
            svg.append("<polygon class=\"n")
                    .append(state)
                    .append("\" points=\"")
                    .append(num(cx) + "," + num(g.getY()) + " " + num(g.getX() + g.getWidth()) + "," + num(cy) + " ")
                    .append(num(cx) + "," + num(g.getY() + g.getHeight()) + " " + num(g.getX()) + "," + num(cy))
                    .append("\"/>")
                    .append("<path d=\"M" + num(cx - 9) + "," + num(cy - 9) + "L" + num(cx + 9) + "," + num(cy + 9))
                    .append("M" + num(cx + 9) + "," + num(cy - 9) + "L" + num(cx - 9) + "," + num(cy + 9))
                    .append("\" stroke=\"#5f6368\" stroke-width=\"2.5\"/>");
        } else if (node instanceof Event) {
            boolean end = node instanceof org.flowable.bpmn.model.EndEvent;
            svg.append("<circle class=\"n")
                    .append(state)
                    .append("\" cx=\"")
                    .append(num(cx))
                    .append("\" cy=\"")
                    .append(num(cy))
                    .append("\" r=\"")
                    .append(num(g.getWidth() / 2))
                    .append(end ? "\" stroke-width=\"4" : "")
                    .append("\"/>");
        } else {
            svg.append("<rect class=\"n")
                    .append(state)
                    .append("\" x=\"")
                    .append(num(g.getX()))
                    .append("\" y=\"")
                    .append(num(g.getY()))
                    .append("\" width=\"")
                    .append(num(g.getWidth()))
                    .append("\" height=\"")
                    .append(num(g.getHeight()))
                    .append("\" rx=\"10\"/>");
            if (node instanceof Activity activity && activity.hasMultiInstanceLoopCharacteristics()) {
                multiInstanceMarker(svg, cx, g.getY() + g.getHeight() - 16, activity);
            }
        }
        GraphicInfo at = model.getLabelGraphicInfo(node.getId());
        if (name != null && !name.isBlank()) {
            if (at != null) {
                text(svg, "t l", at.getX() + at.getWidth() / 2, at.getY() + at.getHeight() / 2, name);
            } else {
                wrapped(svg, cx, cy, g.getWidth() - 8, name);
            }
        }
        svg.append("</g>\n");
    }

    /** BPMN's multi-instance marker at the foot of a task (会签): three bars, upright when parallel. */
    private static void multiInstanceMarker(StringBuilder svg, double cx, double top, Activity activity) {
        boolean sequential = activity.getLoopCharacteristics().isSequential();
        svg.append("<path class=\"mi\" d=\"");
        for (int i = -1; i <= 1; i++) {
            svg.append(
                    sequential
                            ? "M" + num(cx - 6) + "," + num(top + 6 + i * 4) + "h12"
                            : "M" + num(cx + i * 4) + "," + num(top) + "v12");
        }
        svg.append("\" stroke=\"#5f6368\" stroke-width=\"2\"/>");
    }

    /** A task's name inside its box, in lines that fit it. */
    private static void wrapped(StringBuilder svg, double cx, double cy, double width, String name) {
        List<String> lines = LabelLines.of(name, Math.max(4, (int) (width / 6.5)));
        double top = cy - (lines.size() - 1) * 8;
        for (int i = 0; i < lines.size(); i++) {
            text(svg, "t", cx, top + i * 16, lines.get(i));
        }
    }

    private static void text(StringBuilder svg, String css, double x, double y, String text) {
        svg.append("<text class=\"")
                .append(css)
                .append("\" x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(num(y))
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
