package org.reportcycle.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reportcycle.organization.AppUser;
import org.reportcycle.people.PeopleDirectory;
import org.reportcycle.people.PeopleService;
import org.reportcycle.security.LoginThrottle;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/** The users tab: people a page at a time with create, edit, deactivate and lifting a sign-in lock-out. */
class UsersTab extends VerticalLayout {

    private final PeopleService people;
    private final PeopleDirectory directory;
    private final LoginThrottle throttle;
    private final UiFormats formats;
    private final Grid<AppUser> users = new Grid<>();
    private final TextField userFilter = new TextField();
    private Map<String, Instant> locked = Map.of();

    UsersTab(PeopleService people, PeopleDirectory directory, LoginThrottle throttle, UiFormats formats) {
        this.people = people;
        this.directory = directory;
        this.throttle = throttle;
        this.formats = formats;
        add(content());
        reload();
    }

    private VerticalLayout content() {
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
        Button create = PeopleView.button(this, "new-user", "people.new", () -> userDialog(null));
        Button edit = PeopleView.button(
                this,
                "edit-user",
                "people.edit",
                () -> users.getSelectedItems().stream().findFirst().ifPresent(this::userDialog));
        Button toggle = PeopleView.button(
                this,
                "toggle-user",
                "people.deactivate",
                () -> users.getSelectedItems().stream().findFirst().ifPresent(u -> {
                    if (Notices.attempt(() -> people.setUserActive(u.getId(), !u.isActive()))) {
                        reloaded();
                    }
                }));
        // A person locked out after too many wrong passwords can be let in again at once (audited)
        Button unlock = PeopleView.button(
                this,
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
        userFilter.setValueChangeMode(ValueChangeMode.LAZY);
        userFilter.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(userFilter, create, edit, toggle, unlock);
        bar.setAlignItems(Alignment.BASELINE);
        return new VerticalLayout(bar, users);
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

    private boolean reloaded() {
        reload();
        Notices.success("people.saved");
        return true;
    }

    /** Users are read a page at a time (a province has tens of thousands). */
    void reload() {
        locked = Notices.attempt(throttle::locked).orElse(Map.of());
        String uf = userFilter.getValue();
        users.setItems(
                q -> Notices.attempt(() -> directory.users(uf, q.getOffset(), q.getLimit())).orElse(List.of()).stream(),
                q -> Notices.attempt(() -> directory.userCount(uf)).orElse(0));
    }
}
