package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.reportcycle.ui.DueLabel;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;

/** The tasks waiting for the signed-in person; a click opens the report's workspace. */
@Route("inbox")
@RouteAlias("")
@PermitAll
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<TaskItem> grid = new Grid<>();

    InboxView(WorkflowService workflow, UiFormats formats) {
        setSizeFull();
        grid.addColumn(TaskItem::unitName)
                .setKey("unit")
                .setHeader(getTranslation("column.unit"))
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(TaskItem::title)
                .setKey("title")
                .setHeader(getTranslation("column.title"))
                .setFlexGrow(4);
        grid.addColumn(TaskItem::year)
                .setKey("year")
                .setHeader(getTranslation("column.year"))
                .setSortable(true);
        grid.addColumn(t -> t.step() == null ? "" : getTranslation(t.step().messageKey()))
                .setKey("step")
                .setHeader(getTranslation("column.step"))
                .setFlexGrow(2);
        grid.addComponentColumn(t -> new DueLabel(formats, t.due(), t.overdue()))
                .setKey("due")
                .setHeader(getTranslation("column.due"))
                .setFlexGrow(2)
                .setComparator(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId())));
        grid.setItems(Notices.attempt(workflow::myInbox).orElse(List.of()));
        add(new H2(getTranslation("inbox.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
