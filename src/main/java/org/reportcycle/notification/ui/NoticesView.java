package org.reportcycle.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.reportcycle.notification.NoticeKind;
import org.reportcycle.notification.NoticeView;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;

/** The signed-in person's notices, newest first; a click marks one read and opens what it is about. */
@Route(NoticesView.ROUTE)
@PermitAll
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notices";

    private final NotificationService notices;
    private final Grid<NoticeView> grid = new Grid<>();

    NoticesView(NotificationService notices, UiFormats formats, CurrentUserService users) {
        this.notices = notices;
        setSizeFull();
        grid.setId("notices");
        grid.addColumn(n -> formats.dateTime(n.createdAt()))
                .setKey("time")
                .setHeader(getTranslation("notify.column.time"))
                .setWidth("8.5em")
                .setFlexGrow(0);
        grid.addColumn(n -> getTranslation(NoticeKind.messageKey(n.kind())))
                .setKey("kind")
                .setHeader(getTranslation("notify.column.kind"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addComponentColumn(n -> {
                    Span text = new Span(n.text());
                    if (!n.read()) {
                        text.getStyle().setFontWeight("600");
                    }
                    return text;
                })
                .setKey("text")
                .setHeader(getTranslation("notify.column.text"))
                .setFlexGrow(1);
        grid.addColumn(n -> n.read() ? getTranslation("notify.read") : getTranslation("notify.unread"))
                .setKey("read")
                .setHeader(getTranslation("notify.column.read"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notify.empty"));
        // on a phone the text wraps in its column instead of being cut
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem()));

        Button allRead = new Button(getTranslation("notify.markAllRead"), VaadinIcon.CHECK.create(), e -> {
            Notices.attempt(notices::markAllRead);
            reload();
            getUI().ifPresent(ui -> ui.getChildren().forEach(NoticesView::refreshBells));
        });
        allRead.setId("notices-all-read");
        Button settings = new Button(
                getTranslation("notify.settings"),
                VaadinIcon.COG.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.ROUTE)));
        settings.setId("notices-settings");
        settings.addThemeVariants(ButtonVariant.TERTIARY);
        Button delegation = new Button(
                getTranslation("notify.delegations"),
                VaadinIcon.USER_CHECK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("delegations")));
        delegation.setId("notices-delegations");
        delegation.addThemeVariants(ButtonVariant.TERTIARY);
        Button opinions = new Button(
                getTranslation("notify.opinions"),
                VaadinIcon.COMMENT_ELLIPSIS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("opinions")));
        opinions.setId("notices-opinions");
        opinions.addThemeVariants(ButtonVariant.TERTIARY);
        Button overdue = new Button(
                getTranslation("overdue.title"),
                VaadinIcon.ALARM.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("admin/overdue")));
        overdue.setId("notices-overdue");
        overdue.addThemeVariants(ButtonVariant.TERTIARY);
        overdue.setVisible(users.find().map(CurrentUser::administrator).orElse(false));
        H2 title = new H2(getTranslation("notify.title"));
        title.getStyle().setWhiteSpace(com.vaadin.flow.dom.Style.WhiteSpace.NOWRAP);
        HorizontalLayout bar = new HorizontalLayout(title, allRead, settings, delegation, opinions, overdue);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, grid);
        reload();
    }

    private void open(NoticeView notice) {
        if (Notices.attempt(() -> notices.markRead(notice.id())) && notice.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(notice.link()));
        } else {
            reload();
        }
    }

    private static void refreshBells(Component c) {
        if (c instanceof NoticeBell.Bell bell) {
            bell.refresh();
        }
        c.getChildren().forEach(NoticesView::refreshBells);
    }

    private void reload() {
        grid.setItems(Notices.attempt(() -> notices.myNotices(200, getLocale())).orElse(List.of()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.title") + " · " + getTranslation("app.name");
    }
}
