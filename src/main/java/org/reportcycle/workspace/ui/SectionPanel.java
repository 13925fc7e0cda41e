package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;
import org.reportcycle.report.ReportView;

/**
 * A workspace section under its title, its content made and put into the page only when the panel is first
 * opened (at once for a panel that starts opened). A grid showing all its rows that is sent to the browser inside
 * a closed panel renders its rows only when it is shown, grows in the same frame as its own ResizeObserver
 * notices it, and the browser reports "ResizeObserver loop completed with undelivered notifications", which
 * Vaadin's client logs as {@code JsException: null}. Added to an open panel, the grid arrives with its rows.
 *
 * <p>Made on opening, the closed panels cost nothing when the workspace opens or reloads after a save or a
 * decision (the mixed load's UI save, submit and return spent most of their server time rebuilding them). What a
 * visit records (a copied person's first reading, the version a reviewer has seen) is done when the workspace
 * opens, by {@link WorkspaceSection#visit}, whether or not the panel is opened.
 */
class SectionPanel extends Details {

    SectionPanel(WorkspaceSection section, ReportView report) {
        setSummaryText(getTranslation(section.titleKey()));
        setWidthFull();
        Supplier<Component> content = section.visit(report);
        if (section.openInitially(report)) {
            add(content.get());
            setOpened(true);
        } else {
            addOpenedChangeListener(e -> {
                if (e.isOpened() && getContent().findAny().isEmpty()) {
                    add(content.get());
                }
            });
        }
    }
}
