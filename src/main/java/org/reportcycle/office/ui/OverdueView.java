package org.reportcycle.office.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.reportcycle.office.DeadlineService;
import org.reportcycle.security.Roles;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.DeadlineTimers.Escalation;

/** The reports flagged overdue by the deadline escalations, latest first; a click opens the report. */
@Route("admin/overdue")
@RolesAllowed(Roles.ADMIN)
class OverdueView extends VerticalLayout implements HasDynamicTitle {

    OverdueView(DeadlineService deadlines, UiFormats formats) {
        setSizeFull();
        Grid<Escalation> grid = new Grid<>();
        grid.setId("overdue");
        grid.addColumn(Escalation::unitName).setKey("unit").setHeader(getTranslation("column.unit"));
        grid.addColumn(Escalation::title)
                .setKey("title")
                .setHeader(getTranslation("column.title"))
                .setFlexGrow(3);
        grid.addColumn(e -> getTranslation(e.milestone().messageKey()))
                .setKey("milestone")
                .setHeader(getTranslation("overdue.milestone"));
        grid.addColumn(e -> getTranslation(e.step().messageKey()))
                .setKey("step")
                .setHeader(getTranslation("column.step"));
        grid.addColumn(e -> formats.dateTime(e.escalatedAt()))
                .setKey("escalated")
                .setHeader(getTranslation("overdue.escalatedAt"));
        grid.setEmptyStateText(getTranslation("overdue.empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId())));
        grid.setItems(Notices.attempt(deadlines::overdue).orElse(List.of()));
        add(new H2(getTranslation("overdue.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overdue.title") + " · " + getTranslation("app.name");
    }
}
