package org.reportcycle.delegation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.delegation.DelegationService.DelegationView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.ui.WidgetTexts;

/** Delegation (委派) while absent: whom the signed-in person lets act for them, from when to when. */
@Route("delegations")
@PermitAll
class DelegationsView extends VerticalLayout implements HasDynamicTitle {

    private final DelegationService delegations;
    private final OrganizationService organization;
    private final Grid<DelegationView> grid = new Grid<>();
    private Map<String, String> names = Map.of();

    DelegationsView(
            DelegationService delegations,
            OrganizationService organization,
            CurrentUserService users,
            UiFormats formats) {
        this.delegations = delegations;
        this.organization = organization;
        CurrentUser me = users.require();
        grid.setId("delegations");
        grid.addColumn(DelegationView::unitName).setKey("unit").setHeader(getTranslation("column.unit"));
        grid.addColumn(d -> name(d.delegator())).setKey("delegator").setHeader(getTranslation("delegation.delegator"));
        grid.addColumn(d -> name(d.delegate())).setKey("delegate").setHeader(getTranslation("delegation.delegate"));
        grid.addColumn(d -> formats.date(d.startsOn()) + " – " + formats.date(d.endsOn()))
                .setKey("dates")
                .setHeader(getTranslation("delegation.dates"));
        grid.addColumn(d -> getTranslation(
                        d.revoked()
                                ? "delegation.revoked"
                                : d.inForce() ? "delegation.inForce" : "delegation.notInForce"))
                .setKey("state")
                .setHeader(getTranslation("delegation.state"));
        grid.addComponentColumn(d -> {
                    Button revoke = new Button(getTranslation("delegation.revoke"), e -> {
                        Notices.attempt(() -> delegations.revoke(d.id()));
                        reload();
                    });
                    revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                    revoke.setVisible(!d.revoked() && d.delegator().equals(me.username()));
                    return revoke;
                })
                .setKey("revoke");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("delegation.empty"));

        Map<Long, String> myUnits = new LinkedHashMap<>();
        for (Long unitId : me.unitIds()) {
            myUnits.put(unitId, organization.unit(unitId).getName());
        }
        ComboBox<Long> unit = new ComboBox<>(getTranslation("column.unit"));
        unit.setId("delegation-unit");
        unit.setItems(myUnits.keySet());
        unit.setItemLabelGenerator(myUnits::get);
        PersonPicker delegate = new PersonPicker(getTranslation("delegation.delegate"));
        delegate.setId("delegation-delegate");
        unit.addValueChangeListener(e -> delegate.people(
                e.getValue() == null ? List.of() : membersOf(organization, e.getValue(), me.username())));
        if (myUnits.size() == 1) {
            unit.setValue(myUnits.keySet().iterator().next());
        }
        DatePicker from = new DatePicker(getTranslation("delegation.from"), LocalDate.now());
        from.setId("delegation-from");
        DatePicker until = new DatePicker(getTranslation("delegation.until"));
        until.setId("delegation-until");
        WidgetTexts.datePicker(from);
        WidgetTexts.datePicker(until);
        TextField reason = new TextField(getTranslation("field.note"));
        reason.setId("delegation-reason");
        Button save = new Button(
                getTranslation("delegation.save"),
                e -> Notices.attempt(() -> delegations.delegate(
                                unit.getValue(),
                                delegate.username(),
                                from.getValue(),
                                until.getValue(),
                                reason.getValue()))
                        .ifPresent(d -> {
                            Notices.success(
                                    "delegation.saved", delegate.getValue().displayName());
                            reload();
                        }));
        save.setId("delegation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(unit, delegate, from, until, reason, save);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(new H2(getTranslation("delegation.title")), grid, new H3(getTranslation("delegation.new")), form);
        reload();
    }

    /** The people of the unit one may delegate to (every role, not oneself), each with their role. */
    private static List<PersonPicker.Person> membersOf(OrganizationService organization, Long unitId, String me) {
        Map<String, PersonPicker.Person> people = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            organization.members(unitId, role).stream()
                    .filter(m -> !m.username().equals(me))
                    .forEach(m -> people.putIfAbsent(m.username(), PersonPicker.Person.of(m, null)));
        }
        return List.copyOf(people.values());
    }

    private void reload() {
        List<DelegationView> mine = Notices.attempt(delegations::mine).orElse(List.of());
        Set<String> usernames = new HashSet<>();
        mine.forEach(d -> {
            usernames.add(d.delegator());
            usernames.add(d.delegate());
        });
        names = new HashMap<>();
        organization.users(usernames).forEach((username, user) -> names.put(username, user.getDisplayName()));
        grid.setItems(mine);
    }

    /** A person by their display name (the login name only if the person is gone). */
    private String name(String username) {
        return names.getOrDefault(username, username);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegation.title") + " · " + getTranslation("app.name");
    }
}
