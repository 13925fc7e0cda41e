package org.reportcycle.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.people.PeopleDirectory;
import org.reportcycle.people.PeopleExport;
import org.reportcycle.people.PeopleImport;
import org.reportcycle.people.PeopleService;
import org.reportcycle.security.LoginThrottle;
import org.reportcycle.security.Roles;
import org.reportcycle.ui.AdminLinks;
import org.reportcycle.ui.UiFormats;

/**
 * Units, people and their memberships: lists with create, edit and deactivate, the members of the chosen
 * unit ({@link UnitsTab}, {@link UsersTab}), and import (checked first, with a row-by-row report) and export of
 * all three as CSV or Excel ({@link ImportTab}).
 */
@Route("admin/people")
@RolesAllowed(Roles.ADMIN)
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final ImportTab importTab;

    PeopleView(
            PeopleService people,
            PeopleDirectory directory,
            PeopleImport importer,
            PeopleExport export,
            OrganizationService organization,
            LoginThrottle throttle,
            UiFormats formats) {
        setSizeFull();
        UnitsTab units = new UnitsTab(people, directory, organization);
        UsersTab users = new UsersTab(people, directory, throttle, formats);
        importTab = new ImportTab(importer, export, () -> {
            units.reload();
            users.reload();
        });
        // the tab sheet pads its content already: the tabs' own padding would indent everything twice on a phone
        units.setPadding(false);
        users.setPadding(false);
        importTab.setPadding(false);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("people.units"), units);
        tabs.add(getTranslation("people.users"), users);
        tabs.add(getTranslation("people.import"), importTab);
        add(new H2(getTranslation("people.title")), AdminLinks.bar(), tabs);
    }

    /** Checks an uploaded file and shows its (row, problem) report; the import button waits for a clean one. */
    void preview(String fileName, byte[] bytes) {
        importTab.preview(fileName, bytes);
    }

    /** A button labelled in the owner's language. */
    static Button button(Component owner, String id, String key, Runnable action) {
        Button b = new Button(owner.getTranslation(key), e -> action.run());
        b.setId(id);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · " + getTranslation("app.name");
    }
}
