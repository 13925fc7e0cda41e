package org.reportcycle.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Consumer;
import org.reportcycle.notification.NoticeKind;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.notification.Preference;
import org.reportcycle.ui.Notices;

/** Each person chooses per kind of notice whether to receive it in the application and by e-mail. */
@Route(NotificationSettingsView.ROUTE)
@PermitAll
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notices/settings";

    NotificationSettingsView(NotificationService notices) {
        Grid<Preference> grid = new Grid<>();
        grid.setId("notify-preferences");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> getTranslation(NoticeKind.messageKey(p.kind())))
                .setKey("kind")
                .setHeader(getTranslation("notify.column.kind"));
        grid.addComponentColumn(p -> box(
                        "pref-app-" + p.kind(),
                        p.inApp(),
                        v -> Notices.attempt(() -> notices.setPreference(p.kind(), v, p.byMail()))
                                .ifPresent(saved -> grid.setItems(notices.myPreferences()))))
                .setKey("inApp")
                .setHeader(getTranslation("notify.inApp"));
        grid.addComponentColumn(p -> box(
                        "pref-mail-" + p.kind(),
                        p.byMail(),
                        v -> Notices.attempt(() -> notices.setPreference(p.kind(), p.inApp(), v))
                                .ifPresent(saved -> grid.setItems(notices.myPreferences()))))
                .setKey("byMail")
                .setHeader(getTranslation("notify.byMail"));
        grid.addComponentColumn(p -> box(
                        "pref-robot-" + p.kind(),
                        p.byRobot(),
                        v -> Notices.attempt(() -> notices.setPreference(p.kind(), p.inApp(), p.byMail(), v))
                                .ifPresent(saved -> grid.setItems(notices.myPreferences()))))
                .setKey("byRobot")
                .setHeader(getTranslation("notify.byRobot"));
        grid.setItems(Notices.attempt(notices::myPreferences).orElse(List.of()));
        add(new H2(getTranslation("notify.settings")), grid);
        if (!notices.mailEnabled()) {
            Paragraph off = new Paragraph(getTranslation("notify.mailOff"));
            off.setId("notify-mail-off");
            add(off);
        }
    }

    private static Checkbox box(String id, boolean value, Consumer<Boolean> onChange) {
        Checkbox box = new Checkbox(value);
        box.setId(id);
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue());
            }
        });
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.settings") + " · " + getTranslation("app.name");
    }
}
