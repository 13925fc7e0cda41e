package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
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
     * A new component showing the panel's content for the report: made when the workspace is, put into the page
     * when the panel is first opened ({@link SectionPanel}).
     */
    Component render(ReportView report);
}
