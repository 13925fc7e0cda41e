package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import org.reportcycle.report.ReportView;

/**
 * A workspace section under its title, its content put into the page only when the panel is first opened. A
 * grid showing all its rows that is sent to the browser inside a closed panel renders its rows only when it is
 * shown, grows in the same frame as its own ResizeObserver notices it, and the browser reports "ResizeObserver
 * loop completed with undelivered notifications", which Vaadin's client logs as {@code JsException: null}. Added
 * to an open panel, the grid arrives with its rows.
 *
 * <p>The content is still made when the workspace is: some sections record the visit as they are made (a copied
 * person's first reading, the version a reviewer has seen), whether or not their panel is opened.
 */
class SectionPanel extends Details {

    SectionPanel(WorkspaceSection section, ReportView report) {
        setSummaryText(getTranslation(section.titleKey()));
        setWidthFull();
        Component content = section.render(report);
        if (section.openInitially(report)) {
            add(content);
            setOpened(true);
        } else {
            addOpenedChangeListener(e -> {
                if (e.isOpened() && getContent().findAny().isEmpty()) {
                    add(content);
                }
            });
        }
    }
}
