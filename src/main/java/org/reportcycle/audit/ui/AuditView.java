package org.reportcycle.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reportcycle.audit.AuditCsv;
import org.reportcycle.audit.AuditFilter;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.audit.AuditQueries.Verification;
import org.reportcycle.audit.AuditRecord;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.ui.DownloadLink;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.ui.WidgetTexts;

/**
 * The system-wide audit trail for administrators: filter by unit, person, action and dates, page through
 * it newest first, export what the filter finds as CSV, and re-compute the hash chain.
 */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    /** The most records one CSV export holds (the service's limit for one query). */
    static final int CSV_LIMIT = 10_000;

    private final AuditQueries audit;
    private final UiFormats formats;
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Span verification = new Span();
    private AuditFilter filter = AuditFilter.all();

    AuditView(AuditQueries audit, OrganizationService organization, UiFormats formats) {
        this.audit = audit;
        this.formats = formats;
        setSizeFull();
        Map<Long, Unit> units = organization.unitsById();

        unit.setId("audit-unit");
        unit.setLabel(getTranslation("audit.filter.unit"));
        unit.setItems(units.values().stream()
                .sorted(Comparator.comparing(Unit::getName))
                .toList());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setClearButtonVisible(true);
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.filter.action"));
        action.setItems(Notices.attempt(audit::actions).orElse(List.of()));
        action.setItemLabelGenerator(a -> AuditLabels.action(this, a));
        action.setClearButtonVisible(true);
        WidgetTexts.datePicker(from);
        WidgetTexts.datePicker(to);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        Button apply = new Button(getTranslation("audit.filter.apply"), VaadinIcon.SEARCH.create(), e -> apply());
        apply.setId("audit-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(unit, actor, action, from, to, apply);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE.create(), e -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        HorizontalLayout tools = new HorizontalLayout(
                DownloadLink.of("audit-csv", getTranslation("audit.csv"), this::csv), verify, verification);
        tools.setAlignItems(Alignment.CENTER);

        grid.setId("audit-trail");
        grid.addColumn(AuditRecord::seq)
                .setKey("seq")
                .setHeader(getTranslation("audit.seq"))
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(r -> formats.dateTime(r.at())).setKey("at").setHeader(getTranslation("column.time"));
        ActorNames names = new ActorNames(organization);
        grid.addColumn(r -> names.of(grid, r)).setKey("actor").setHeader(getTranslation("audit.actor"));
        grid.addColumn(r -> r.unitId() == null || !units.containsKey(r.unitId())
                        ? ""
                        : units.get(r.unitId()).getName())
                .setKey("unit")
                .setHeader(getTranslation("audit.unit"));
        grid.addColumn(r -> r.reportId() == null ? "" : String.valueOf(r.reportId()))
                .setKey("report")
                .setHeader(getTranslation("audit.report"))
                .setFlexGrow(0)
                .setWidth("6em");
        grid.addColumn(r -> AuditLabels.action(grid, r.action()))
                .setKey("action")
                .setHeader(getTranslation("audit.action"));
        grid.addColumn(r -> AuditLabels.details(grid, r.details()))
                .setKey("details")
                .setHeader(getTranslation("audit.details"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        // Lazy: only the rows in view are read, newest first
        grid.setItems(query -> Notices.attempt(() -> audit.search(filter, query.getOffset(), query.getLimit()))
                .map(records -> {
                    names.load(records);
                    return records;
                })
                .orElse(List.of())
                .stream());
        grid.setSizeFull();

        add(new H2(getTranslation("audit.screen")), filters, tools, grid);
        setFlexGrow(1, grid);
    }

    private void apply() {
        filter = new AuditFilter(
                unit.getValue() == null ? null : unit.getValue().getId(),
                null,
                actor.getValue().isBlank() ? null : actor.getValue().strip(),
                action.getValue(),
                start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
        grid.getDataProvider().refreshAll();
    }

    private Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(formats.zone()).toInstant();
    }

    private ExportedFile csv() {
        List<AuditRecord> records = audit.search(filter, 0, CSV_LIMIT);
        return new ExportedFile(
                "audit.csv",
                "text/csv;charset=UTF-8",
                AuditCsv.write(records, formats.zone()).getBytes(StandardCharsets.UTF_8));
    }

    private void verify() {
        Notices.attempt(audit::verify).ifPresent(this::show);
    }

    private void show(Verification v) {
        verification.setText(
                v.ok()
                        ? getTranslation("audit.verify.ok", String.valueOf(v.checked()))
                        : getTranslation(
                                "audit.verify.broken", String.valueOf(v.checked()), String.valueOf(v.firstBroken())));
        verification.getElement().setAttribute("data-ok", String.valueOf(v.ok()));
        verification.getStyle().setColor(v.ok() ? "#2e7d32" : "#c62828").setFontWeight("600");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.screen") + " · " + getTranslation("app.name");
    }
}
