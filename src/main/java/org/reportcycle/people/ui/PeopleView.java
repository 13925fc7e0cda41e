package org.reportcycle.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportcycle.office.ui.AdminLinks;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.people.PeopleExport;
import org.reportcycle.people.PeopleImport;
import org.reportcycle.people.PeopleService;
import org.reportcycle.people.PeopleService.MemberRow;
import org.reportcycle.security.LoginThrottle;
import org.reportcycle.security.Roles;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/**
 * Units, people and their memberships: lists with create, edit and deactivate, the members of the chosen
 * unit, and import (checked first, with a row-by-row report) and export of all three as CSV or Excel.
 */
@Route("admin/people")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleService people;
    private final PeopleImport importer;
    private final PeopleExport export;
    private final OrganizationService organization;
    private final LoginThrottle throttle;
    private final UiFormats formats;
    private final Grid<Unit> units = new Grid<>();
    private final Grid<AppUser> users = new Grid<>();
    private final Grid<MemberRow> members = new Grid<>();
    private final Grid<PeopleImport.Problem> problems = new Grid<>();
    private final Span importResult = new Span();
    private final Button applyImport = new Button();
    private final TextField unitFilter = new TextField();
    /** The parents of the units on the pages read so far, for the parent column. */
    private final Map<Long, Unit> parents = new java.util.HashMap<>();

    private final TextField userFilter = new TextField();
    private Map<String, java.time.Instant> locked = Map.of();
    private String pendingName;
    private byte[] pendingFile;

    PeopleView(
            PeopleService people,
            PeopleImport importer,
            PeopleExport export,
            OrganizationService organization,
            LoginThrottle throttle,
            UiFormats formats) {
        this.people = people;
        this.throttle = throttle;
        this.formats = formats;
        this.importer = importer;
        this.export = export;
        this.organization = organization;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("people.units"), unitsTab());
        tabs.add(getTranslation("people.users"), usersTab());
        tabs.add(getTranslation("people.import"), importTab());
        add(new H2(getTranslation("people.title")), AdminLinks.bar(), tabs);
        reload();
    }

    private VerticalLayout unitsTab() {
        units.setId("units");
        units.addColumn(Unit::getCode).setHeader(getTranslation("people.code"));
        units.addColumn(Unit::getName)
                .setKey("name")
                .setHeader(getTranslation("people.name"))
                .setFlexGrow(2);
        units.addColumn(u -> getTranslation(u.getLevel().messageKey())).setHeader(getTranslation("dashboard.level"));
        units.addColumn(u -> u.getParentId() == null || !parents.containsKey(u.getParentId())
                        ? ""
                        : parents.get(u.getParentId()).getName())
                .setHeader(getTranslation("people.parent"));
        units.addColumn(u -> u.isActive() ? "✓" : "—").setKey("active").setHeader(getTranslation("people.active"));
        units.setHeight("22rem");
        units.addSelectionListener(e -> showMembers());
        unitFilter.setPlaceholder(getTranslation("people.name"));
        unitFilter.setId("unit-filter");
        unitFilter.addValueChangeListener(e -> reload());
        Button create = button("new-unit", "people.new", () -> unitDialog(null));
        Button edit = button("edit-unit", "people.edit", () -> selectedUnit().ifPresent(this::unitDialog));
        Button toggle = button(
                "toggle-unit",
                "people.deactivate",
                () -> selectedUnit().ifPresent(u -> {
                    if (Notices.attempt(() -> people.setUnitActive(u.getId(), !u.isActive()))) {
                        reloaded();
                    }
                }));

        members.setId("members");
        members.addColumn(MemberRow::displayName).setHeader(getTranslation("people.displayName"));
        members.addColumn(MemberRow::username).setHeader(getTranslation("people.username"));
        members.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("people.role"));
        members.addColumn(m -> m.role() == Role.LEADER ? String.valueOf(m.signOrder()) : "")
                .setHeader(getTranslation("people.signOrder"));
        members.addComponentColumn(m -> new Button(getTranslation("people.removeMember"), e -> {
                    if (Notices.attempt(() -> people.removeMember(m.membershipId()))) {
                        showMembers();
                    }
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        members.setAllRowsVisible(true);
        TextField username = new TextField(getTranslation("people.username"));
        username.setId("member-username");
        Select<Role> role = new Select<>();
        role.setId("member-role");
        role.setLabel(getTranslation("people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(Role.DRAFTER);
        IntegerField order = new IntegerField(getTranslation("people.signOrder"));
        order.setValue(1);
        order.setMin(1);
        Button add = button(
                "add-member",
                "people.addMember",
                () -> selectedUnit().ifPresent(u -> {
                    if (Notices.attempt(() -> people.addMember(
                                    u.getId(),
                                    username.getValue(),
                                    role.getValue(),
                                    order.getValue() == null ? 1 : order.getValue()))
                            .isPresent()) {
                        username.clear();
                        showMembers();
                    }
                }));
        HorizontalLayout addRow = new HorizontalLayout(username, role, order, add);
        addRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout bar = new HorizontalLayout(unitFilter, create, edit, toggle);
        bar.setAlignItems(Alignment.BASELINE);
        return new VerticalLayout(bar, units, new H3(getTranslation("people.memberships")), members, addRow);
    }

    private VerticalLayout usersTab() {
        users.setId("users");
        users.addColumn(AppUser::getUsername).setKey("username").setHeader(getTranslation("people.username"));
        users.addColumn(AppUser::getDisplayName).setHeader(getTranslation("people.displayName"));
        users.addColumn(AppUser::getEmail).setHeader(getTranslation("people.email"));
        users.addColumn(u -> u.isAdministrator() ? "✓" : "").setHeader(getTranslation("people.administrator"));
        users.addColumn(u -> u.isActive() ? "✓" : "—").setKey("active").setHeader(getTranslation("people.active"));
        users.addColumn(u -> locked.containsKey(u.getUsername())
                        ? getTranslation("people.lockedUntil", formats.dateTime(locked.get(u.getUsername())))
                        : "")
                .setKey("locked")
                .setHeader(getTranslation("people.locked"));
        users.setHeight("26rem");
        Button create = button("new-user", "people.new", () -> userDialog(null));
        Button edit = button(
                "edit-user",
                "people.edit",
                () -> users.getSelectedItems().stream().findFirst().ifPresent(this::userDialog));
        Button toggle = button(
                "toggle-user",
                "people.deactivate",
                () -> users.getSelectedItems().stream().findFirst().ifPresent(u -> {
                    if (Notices.attempt(() -> people.setUserActive(u.getId(), !u.isActive()))) {
                        reloaded();
                    }
                }));
        // A person locked out after too many wrong passwords can be let in again at once (audited)
        Button unlock = button(
                "unlock-user",
                "people.unlock",
                () -> users.getSelectedItems().stream()
                        .findFirst()
                        .ifPresent(u -> Notices.attempt(() -> throttle.unlock(u.getUsername()))
                                .ifPresent(wasLocked -> {
                                    Notices.success(
                                            wasLocked ? "people.unlocked" : "people.notLocked", u.getUsername());
                                    reload();
                                })));
        userFilter.setPlaceholder(getTranslation("people.userFilter"));
        userFilter.setId("user-filter");
        userFilter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        userFilter.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(userFilter, create, edit, toggle, unlock);
        bar.setAlignItems(Alignment.BASELINE);
        return new VerticalLayout(bar, users);
    }

    private VerticalLayout importTab() {
        UI ui = UI.getCurrent();
        Upload upload =
                new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> preview(meta.fileName(), bytes))));
        upload.setId("people-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        problems.setId("import-problems");
        problems.addColumn(p -> p.sheet() + " · " + p.row())
                .setHeader(getTranslation("people.row"))
                .setFlexGrow(0)
                .setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.key(), p.args().toArray()))
                .setKey("problem")
                .setHeader(getTranslation("people.problem"))
                .setFlexGrow(3);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        importResult.setId("import-result");
        applyImport.setText(getTranslation("people.importApply"));
        applyImport.setId("apply-import");
        applyImport.setEnabled(false);
        applyImport.addClickListener(e -> Notices.attempt(() -> importer.apply(pendingName, pendingFile))
                .ifPresent(n -> {
                    Notices.success("people.imported", String.valueOf(n));
                    applyImport.setEnabled(false);
                    reload();
                }));
        HorizontalLayout exports = new HorizontalLayout(
                download("export-xlsx", "people.exportXlsx", "people.xlsx", XLSX, export::xlsx),
                download(
                        "export-units-csv",
                        "people.exportCsv",
                        "units.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.UNITS)),
                download(
                        "export-users-csv",
                        "people.exportCsv",
                        "users.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.USERS)),
                download(
                        "export-memberships-csv",
                        "people.exportCsv",
                        "memberships.csv",
                        "text/csv",
                        () -> export.csv(PeopleExport.Kind.MEMBERSHIPS)));
        return new VerticalLayout(upload, importResult, problems, applyImport, exports);
    }

    /** Checks an uploaded file and shows its (row, problem) report; the import button waits for a clean one. */
    void preview(String fileName, byte[] bytes) {
        pendingName = fileName;
        pendingFile = bytes;
        applyImport.setEnabled(false);
        Notices.attempt(() -> importer.check(fileName, bytes)).ifPresent(report -> {
            problems.setItems(report.problems());
            problems.setVisible(!report.ok());
            importResult.setText(
                    report.ok()
                            ? getTranslation("people.importOk", String.valueOf(report.rows()))
                            : getTranslation(
                                    "people.importProblems",
                                    String.valueOf(report.problems().size())));
            applyImport.setEnabled(report.ok());
        });
    }

    private void unitDialog(Unit unit) {
        TextField code = new TextField(getTranslation("people.code"));
        code.setId("unit-code");
        TextField name = new TextField(getTranslation("people.name"));
        name.setId("unit-name");
        Select<UnitLevel> level = new Select<>();
        level.setId("unit-level");
        level.setLabel(getTranslation("dashboard.level"));
        level.setItems(UnitLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        ComboBox<Unit> parent = new ComboBox<>(getTranslation("people.parent"));
        parent.setId("unit-parent");
        parent.setItems(
                q -> organization.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> organization.countUnits(q.getFilter().orElse("")));
        parent.setItemLabelGenerator(Unit::getName);
        parent.setClearButtonVisible(true);
        // the name published as 发布机构 (issue 19); only for an existing unit, blank: the unit's name
        TextField formalName = new TextField(getTranslation("people.formalName"));
        formalName.setId("unit-formal-name");
        formalName.setMaxLength(Limits.UNIT_NAME);
        formalName.setVisible(unit != null);
        if (unit != null) {
            formalName.setValue(unit.getFormalName().equals(unit.getName()) ? "" : unit.getFormalName());
            code.setValue(unit.getCode());
            code.setReadOnly(true);
            name.setValue(unit.getName());
            level.setValue(unit.getLevel());
            parent.setValue(unit.getParentId() == null ? null : parents.get(unit.getParentId()));
        } else {
            level.setValue(UnitLevel.STREET);
        }
        new ActionDialog(
                        getTranslation(unit == null ? "people.new" : "people.edit"),
                        getTranslation("action.save"),
                        () -> Notices.attempt(() -> unit == null
                                        ? people.createUnit(
                                                code.getValue(), name.getValue(), level.getValue(), parentId(parent))
                                        : people.updateUnit(
                                                unit.getId(),
                                                name.getValue(),
                                                level.getValue(),
                                                parentId(parent),
                                                formalName.getValue()))
                                .map(saved -> reloaded())
                                .orElse(false),
                        code,
                        name,
                        formalName,
                        level,
                        parent)
                .open();
    }

    private void userDialog(AppUser user) {
        TextField username = new TextField(getTranslation("people.username"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("people.displayName"));
        displayName.setId("user-display-name");
        TextField email = new TextField(getTranslation("people.email"));
        Checkbox admin = new Checkbox(getTranslation("people.administrator"));
        PasswordField password = new PasswordField(getTranslation("people.password"));
        password.setId("user-password");
        if (user != null) {
            username.setValue(user.getUsername());
            username.setReadOnly(true);
            displayName.setValue(user.getDisplayName());
            email.setValue(user.getEmail() == null ? "" : user.getEmail());
            admin.setValue(user.isAdministrator());
        }
        new ActionDialog(
                        getTranslation(user == null ? "people.new" : "people.edit"),
                        getTranslation("action.save"),
                        () -> Notices.attempt(() -> {
                                    if (user == null) {
                                        return people.createUser(
                                                username.getValue(),
                                                displayName.getValue(),
                                                email.getValue(),
                                                admin.getValue(),
                                                password.getValue());
                                    }
                                    AppUser saved = people.updateUser(
                                            user.getId(), displayName.getValue(), email.getValue(), admin.getValue());
                                    if (!password.isEmpty()) {
                                        people.resetPassword(user.getId(), password.getValue());
                                    }
                                    return saved;
                                })
                                .map(saved -> reloaded())
                                .orElse(false),
                        username,
                        displayName,
                        email,
                        admin,
                        password)
                .open();
    }

    private static Long parentId(ComboBox<Unit> parent) {
        return parent.getValue() == null ? null : parent.getValue().getId();
    }

    private java.util.Optional<Unit> selectedUnit() {
        return units.getSelectedItems().stream().findFirst();
    }

    private void showMembers() {
        members.setItems(selectedUnit()
                .map(u -> Notices.attempt(() -> people.members(u.getId())).orElse(List.of()))
                .orElse(List.of()));
    }

    private boolean reloaded() {
        reload();
        Notices.success("people.saved");
        return true;
    }

    /** Units and users are read a page at a time (a province has tens of thousands of each). */
    private void reload() {
        String f = unitFilter.getValue();
        units.setItems(
                q -> {
                    List<Unit> page = Notices.attempt(() -> people.units(f, q.getOffset(), q.getLimit()))
                            .orElse(List.of());
                    List<Long> missing = page.stream()
                            .map(Unit::getParentId)
                            .filter(id -> id != null && !parents.containsKey(id))
                            .distinct()
                            .toList();
                    if (!missing.isEmpty()) {
                        parents.putAll(
                                Notices.attempt(() -> people.unitsById(missing)).orElse(Map.of()));
                    }
                    return page.stream();
                },
                q -> Notices.attempt(() -> people.unitCount(f)).orElse(0));
        locked = Notices.attempt(throttle::locked).orElse(Map.of());
        String uf = userFilter.getValue();
        users.setItems(
                q -> Notices.attempt(() -> people.users(uf, q.getOffset(), q.getLimit())).orElse(List.of()).stream(),
                q -> Notices.attempt(() -> people.userCount(uf)).orElse(0));
        showMembers();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    private Anchor download(String id, String key, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(key) + " (" + fileName + ")"));
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.name");
    }
}
