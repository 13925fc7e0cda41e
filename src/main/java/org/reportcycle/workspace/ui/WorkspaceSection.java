package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import org.reportcycle.report.ReportView;

/** A panel of the report workspace below the parts (versions, meetings, audit timeline). A Spring bean. */
public interface WorkspaceSection {

    /** Lower comes first. */
    int order();

    /** The message key of the panel's title. */
    String titleKey();

    /** Whether the panel starts opened for the report (closed panels keep the workspace short). */
    default boolean openInitially(ReportView report) {
        return false;
    }

    /**
     * A new component showing the panel's content for the report: made when the panel is first opened (or with the
     * workspace, when it starts opened; {@link SectionPanel}), so a workspace open, and the reload after each save
     * and decision, reads only what is on screen.
     */
    Component render(ReportView report);

    /**
     * What opening the workspace does for this section whether or not its panel is opened — a copied person's
     * first reading, the version a reviewer has now seen — and how to make the content afterwards (by default
     * {@link #render}). Called once per workspace open.
     */
    default Supplier<Component> visit(ReportView report) {
        return () -> render(report);
    }
}
