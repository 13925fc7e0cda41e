package org.reportcycle.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.ui.NavbarItem;

/** The bell in the navigation bar: how many notices are unread; a click opens the list. */
@SpringComponent
class NoticeBell implements NavbarItem {

    static final String ID = "notice-bell";

    private final NotificationService notices;

    NoticeBell(NotificationService notices) {
        this.notices = notices;
    }

    @Override
    public Component create() {
        return new Bell(notices);
    }

    /** Counts again after every navigation, since the bar outlives the screens below it. */
    static class Bell extends Button implements AfterNavigationObserver {

        private final NotificationService notices;
        private final Span count = new Span();

        Bell(NotificationService notices) {
            super(VaadinIcon.BELL.create());
            this.notices = notices;
            setId(ID);
            addThemeVariants(ButtonVariant.TERTIARY);
            count.setId("notice-unread");
            count.getStyle()
                    .setBackgroundColor("#c62828")
                    .setColor("white")
                    .setBorderRadius("999px")
                    .setPadding("0 0.4em")
                    .setFontSize("0.75em")
                    .setFontWeight("600");
            setSuffixComponent(count);
            addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NoticesView.ROUTE)));
            refresh();
        }

        void refresh() {
            int unread = notices.unreadCount();
            String label = getTranslation("notify.bell", String.valueOf(unread));
            setAriaLabel(label);
            setTooltipText(label);
            count.setText(unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
        }

        int unread() {
            return count.isVisible() ? Integer.parseInt(count.getText().replace("+", "")) : 0;
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }
    }
}
