package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.workflow.ProcessDiagram;

/**
 * The report's progress on the process diagram (issue 20), above the progress list: the server draws the SVG
 * (steps done and the path taken in green, the current step in orange) and the page shows it as an image, so
 * no script or markup of the diagram reaches the page. Scrolls sideways on narrow screens, opened with the current
 * step in view.
 */
@SpringComponent
class ProgressDiagram {

    private final ProcessDiagram diagram;

    ProgressDiagram(ProcessDiagram diagram) {
        this.diagram = diagram;
    }

    Component render(ReportView report, Component owner) {
        Div frame = new Div();
        frame.setId("progress-diagram");
        frame.setWidthFull();
        frame.getStyle().set("overflow-x", "auto").set("margin-bottom", "var(--lumo-space-m)");
        Notices.attempt(() -> diagram.svg(
                        report.id(), com.vaadin.flow.component.UI.getCurrent().getLocale()))
                .ifPresent(svg -> {
                    Image image = new Image(
                            "data:image/svg+xml;base64,"
                                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                            owner.getTranslation("diagram.alt"));
                    image.getStyle()
                            .set("max-width", "none")
                            .set("min-width", "960px")
                            .set("width", "100%");
                    frame.add(image);
                    // on a narrow screen the drawing scrolls sideways: the current step in view, not the start
                    focus(svg)
                            .ifPresent(x -> frame.getElement()
                                    .executeJs(
                                            "const f = this; requestAnimationFrame(() => "
                                                    + "{ f.scrollLeft = Math.max(0, $0 * f.scrollWidth - f.clientWidth / 2); });",
                                            x));
                });
        return frame;
    }

    /** The drawing's {@code data-focus-x}: the current step's centre as a fraction of its width. */
    static Optional<Double> focus(String svg) {
        Matcher m = FOCUS.matcher(svg);
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }

    private static final Pattern FOCUS = Pattern.compile("data-focus-x=\"([0-9.]+)\"");
}
