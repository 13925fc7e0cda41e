package org.reportcycle.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.people.CoSignerSettings;
import org.reportcycle.people.PeopleDirectory;
import org.reportcycle.people.PeopleDirectory.MemberRow;
import org.reportcycle.people.PeopleService;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;

/** The units tab: units a page at a time with create, edit and deactivate; the chosen unit's members. */
class UnitsTab extends VerticalLayout {

    private final PeopleService people;
    private final PeopleDirectory directory;
    private final OrganizationService organization;
    private final CoSignerSettings coSigners;
    /** The chosen unit's memberships marked 会签. */
    private final Set<Long> coSigning = new HashSet<>();

    private final Grid<Unit> units = new Grid<>();
    private final Grid<MemberRow> members = new Grid<>();
    private final TextField unitFilter = new TextField();
    /** The parents of the units on the pages read so far, for the parent column. */
    private final Map<Long, Unit> parents = new HashMap<>();

    UnitsTab(
            PeopleService people,
            PeopleDirectory directory,
            OrganizationService organization,
            CoSignerSettings coSigners) {
        this.coSigners = coSigners;
        this.people = people;
        this.directory = directory;
        this.organization = organization;
        add(content());
        reload();
    }

    private VerticalLayout content() {
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
        Button create = PeopleView.button(this, "new-unit", "people.new", () -> unitDialog(null));
        Button edit = PeopleView.button(
                this, "edit-unit", "people.edit", () -> selectedUnit().ifPresent(this::unitDialog));
        Button toggle = PeopleView.button(
                this,
                "toggle-unit",
                "people.deactivate",
                () -> selectedUnit().ifPresent(u -> {
                    if (Notices.attempt(() -> people.setUnitActive(u.getId(), !u.isActive()))) {
                        reloaded();
                    }
                }));

        members.setId("members");
        members.addColumn(MemberRow::displayName).setKey("name").setHeader(getTranslation("people.displayName"));
        members.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("people.role"));
        members.addColumn(m -> m.role() == Role.LEADER ? String.valueOf(m.signOrder()) : "")
                .setHeader(getTranslation("people.signOrder"));
        members.addComponentColumn(this::coSignerBox)
                .setKey("coSigner")
                .setHeader(getTranslation("people.coSigner"))
                .setAutoWidth(true);
        members.addComponentColumn(m -> new Button(getTranslation("people.removeMember"), e -> {
                    if (Notices.attempt(() -> people.removeMember(m.membershipId()))) {
                        showMembers();
                    }
                }))
                .setFlexGrow(0)
                .setAutoWidth(true);
        members.setAllRowsVisible(true);
        ComboBox<AppUser> person = personSearch();
        Select<Role> role = new Select<>();
        role.setId("member-role");
        role.setLabel(getTranslation("people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(Role.DRAFTER);
        IntegerField order = new IntegerField(getTranslation("people.signOrder"));
        order.setValue(1);
        order.setMin(1);
        Button add = PeopleView.button(
                this,
                "add-member",
                "people.addMember",
                () -> selectedUnit().ifPresent(u -> {
                    if (Notices.attempt(() -> people.addMember(
                                    u.getId(),
                                    person.getValue() == null
                                            ? null
                                            : person.getValue().getUsername(),
                                    role.getValue(),
                                    order.getValue() == null ? 1 : order.getValue()))
                            .isPresent()) {
                        person.clear();
                        showMembers();
                    }
                }));
        HorizontalLayout addRow = new HorizontalLayout(person, role, order, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);
        HorizontalLayout bar = new HorizontalLayout(unitFilter, create, edit, toggle);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        VerticalLayout content =
                new VerticalLayout(bar, units, new H3(getTranslation("people.memberships")), members, addRow);
        // no second padding inside the tab: on a phone every pixel of width counts
        content.setPadding(false);
        return content;
    }

    /**
     * The person to add, found by typing part of their name (or login name): a page of accounts at a time, each
     * shown by name with the login name after it, since two people of the same name are told apart by it here.
     */
    private ComboBox<AppUser> personSearch() {
        ComboBox<AppUser> person = new ComboBox<>(getTranslation("people.person"));
        person.setId("member-person");
        person.setPlaceholder(getTranslation("person.search"));
        person.setItems(
                q -> directory.users(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream(),
                q -> directory.userCount(q.getFilter().orElse("")));
        person.setItemLabelGenerator(u -> getTranslation("people.personLabel", u.getDisplayName(), u.getUsername()));
        person.setClearButtonVisible(true);
        person.setWidth("16em");
        return person;
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

    private static Long parentId(ComboBox<Unit> parent) {
        return parent.getValue() == null ? null : parent.getValue().getId();
    }

    private Optional<Unit> selectedUnit() {
        return units.getSelectedItems().stream().findFirst();
    }

    /** 会签: a leader signs in parallel with the other co-signers, before the ordered chain (issue 20). */
    private Component coSignerBox(MemberRow m) {
        if (m.role() != Role.LEADER) {
            return new Span();
        }
        Checkbox box = new Checkbox(coSigning.contains(m.membershipId()));
        box.setId("co-signer-" + m.membershipId());
        box.setAriaLabel(getTranslation("people.coSignerOf", m.displayName()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (Notices.attempt(() -> coSigners.setCoSigner(m.membershipId(), e.getValue()))) {
                showMembers();
            } else {
                box.setValue(e.getOldValue());
            }
        });
        return box;
    }

    void showMembers() {
        coSigning.clear();
        selectedUnit()
                .flatMap(u -> Notices.attempt(() -> coSigners.coSigners(u.getId())))
                .ifPresent(coSigning::addAll);
        members.setItems(selectedUnit()
                .map(u -> Notices.attempt(() -> directory.members(u.getId())).orElse(List.of()))
                .orElse(List.of()));
    }

    private boolean reloaded() {
        reload();
        Notices.success("people.saved");
        return true;
    }

    /** Units are read a page at a time (a province has tens of thousands). */
    void reload() {
        String f = unitFilter.getValue();
        units.setItems(
                q -> {
                    List<Unit> page = Notices.attempt(() -> directory.units(f, q.getOffset(), q.getLimit()))
                            .orElse(List.of());
                    List<Long> missing = page.stream()
                            .map(Unit::getParentId)
                            .filter(id -> id != null && !parents.containsKey(id))
                            .distinct()
                            .toList();
                    if (!missing.isEmpty()) {
                        parents.putAll(Notices.attempt(() -> directory.unitsById(missing))
                                .orElse(Map.of()));
                    }
                    return page.stream();
                },
                q -> Notices.attempt(() -> directory.unitCount(f)).orElse(0));
        showMembers();
    }
}
