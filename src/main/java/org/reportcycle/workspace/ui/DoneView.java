package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.CompletedTask;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * 已办: the steps the signed-in person completed, newest first, with the outcome and when, paged from the audit
 * trail (the record every completed step writes in its own transaction, so the list cannot miss one and
 * needs no Flowable history). A click opens the report.
 */
@Route("done")
@PermitAll
class DoneView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    private final Grid<CompletedTask> grid = new Grid<>();

    DoneView(AuditQueries audit, OrganizationService organization, UiFormats formats) {
        setSizeFull();
        grid.setId("done");
        grid.addColumn(t -> t.unitName() == null ? "" : t.unitName() + (t.year() == null ? "" : " · " + t.year()))
                .setKey("report")
                .setHeader(getTranslation("column.unit"))
                .setFlexGrow(3);
        grid.addColumn(t -> outcome(t, organization))
                .setKey("outcome")
                .setHeader(getTranslation("done.column.outcome"))
                .setFlexGrow(3);
        grid.addColumn(t -> formats.dateTime(t.at()))
                .setKey("at")
                .setHeader(getTranslation("done.column.at"))
                .setFlexGrow(2);
        grid.setPageSize(PAGE);
        grid.setItems(
                query ->
                        Notices.attempt(() -> audit.completedByMe(query.getOffset(), query.getLimit()))
                                .orElse(List.of())
                                .stream(),
                query -> (int) Math.min(
                        Integer.MAX_VALUE,
                        Notices.attempt(audit::countCompletedByMe).orElse(0L)));
        grid.setEmptyStateText(getTranslation("done.empty"));
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> {
            if (e.getItem().reportId() != null) {
                getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().reportId()));
            }
        });
        add(new H2(getTranslation("done.title")), grid);
    }

    private String outcome(CompletedTask task, OrganizationService organization) {
        String label = getTranslation("audit.action." + task.action());
        if (task.onBehalfOf() == null) {
            return label;
        }
        Map<String, AppUser> users = organization.users(List.of(task.onBehalfOf()));
        String name = users.containsKey(task.onBehalfOf())
                ? users.get(task.onBehalfOf()).getDisplayName()
                : task.onBehalfOf();
        return label
                + (getLocale().getLanguage().equals("zh") ? "（" : " (")
                + getTranslation("done.onBehalfOf", name)
                + (getLocale().getLanguage().equals("zh") ? "）" : ")");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("done.title") + " · " + getTranslation("app.name");
    }
}
