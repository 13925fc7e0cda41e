package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.reportcycle.ui.DueLabel;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.ShellStyles;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.TaskItem;
import org.reportcycle.workflow.WorkflowService;

/**
 * The tasks waiting for the signed-in person; a click opens the report's workspace. A grid on a desktop; on a
 * phone, where five columns cannot fit, one card a task with unit, step and due date (both are built, the
 * page's width decides which shows, so nothing depends on guessing the device on the server).
 */
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
        grid.addClassName(ShellStyles.WIDE_ONLY);
        List<TaskItem> tasks = Notices.attempt(workflow::myInbox).orElse(List.of());
        grid.setItems(tasks);
        add(new H2(getTranslation("inbox.title")), grid, cards(tasks, formats));
    }

    private Div cards(List<TaskItem> tasks, UiFormats formats) {
        Div list = new Div();
        list.setId("inbox-cards");
        list.addClassName(ShellStyles.NARROW_ONLY);
        list.setWidthFull();
        list.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5em");
        if (tasks.isEmpty()) {
            list.add(new Span(getTranslation("inbox.empty")));
        }
        for (TaskItem task : tasks) {
            list.add(card(task, formats));
        }
        return list;
    }

    private Div card(TaskItem task, UiFormats formats) {
        Span unit = new Span(task.unitName());
        unit.addClassName("task-unit");
        unit.getStyle().setFontWeight("600");
        Span step =
                new Span((task.step() == null ? "" : getTranslation(task.step().messageKey())) + " · " + task.year());
        step.addClassName("task-step");
        Span due = new Span();
        due.addClassName("task-due");
        if (task.due() != null) {
            due.add(getTranslation("inbox.due", ""));
            due.add(new DueLabel(formats, task.due(), task.overdue()));
        }
        Div card = new Div(unit, step, due);
        card.addClassName(ShellStyles.CARD);
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + task.reportId())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
