package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The administrator's screens, linked from each of them (by route path, so no view names another). */
public final class AdminLinks {

    private AdminLinks() {}

    public static HorizontalLayout bar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("admin-links");
        bar.setWrap(true);
        bar.add(
                link("admin", "admin.title"), link("admin/cycles", "cycleSetup.title"),
                link("admin/people", "people.title"), link("admin/office", "office.title"));
        return bar;
    }

    private static Button link(String path, String key) {
        Button link = new Button();
        link.setText(link.getTranslation(key));
        link.setId("go-" + path.replace('/', '-'));
        link.addThemeVariants(ButtonVariant.TERTIARY);
        link.addClickListener(e -> UI.getCurrent().navigate(path));
        return link;
    }
}
