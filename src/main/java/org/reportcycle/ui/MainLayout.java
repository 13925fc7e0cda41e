package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in screen. Navigation uses route paths rather than view classes, so the
 * shell knows no feature and the features' views get it through {@link Layout} without naming it.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    private final List<NavbarItem> items;
    private final ObjectProvider<LanguagePreference> preference;

    MainLayout(
            CurrentUserService users,
            AuthenticationContext authentication,
            ObjectProvider<LanguagePreference> preference,
            List<NavbarItem> items) {
        this.items = items;
        this.preference = preference;
        Optional<CurrentUser> user = users.find();
        setPrimarySection(Section.DRAWER);
        addToDrawer(navigation(user.map(CurrentUser::administrator).orElse(false)));
        addToNavbar(navbar(user, authentication));
    }

    private SideNav navigation(boolean administrator) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox", VaadinIcon.INBOX.create()));
        SideNavItem reports = new SideNavItem(getTranslation("nav.reports"), "reports", VaadinIcon.FILE_TEXT.create());
        reports.setMatchNested(true);
        nav.addItem(reports);
        if (administrator) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), "admin", VaadinIcon.COG.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.RECORDS.create()));
        }
        // The portal is served outside Vaadin (no login), so the browser must leave the application for it
        SideNavItem portal = new SideNavItem(getTranslation("nav.public"), "public", VaadinIcon.GLOBE.create());
        portal.setRouterIgnore(true);
        nav.addItem(portal);
        return nav;
    }

    private HorizontalLayout navbar(Optional<CurrentUser> user, AuthenticationContext authentication) {
        Span title = new Span(getTranslation("app.name"));
        title.getStyle().setFontWeight("600").setFontSize("1.1em");
        Span name = new Span(user.map(CurrentUser::displayName).orElse(""));
        name.setId("current-user");
        Button logout =
                new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, name);
        if (user.isPresent()) {
            items.forEach(item -> bar.add(item.create()));
        }
        bar.add(languageSwitch(), logout);
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.expand(title);
        bar.getStyle().setPaddingRight("var(--vaadin-space-m, 1rem)");
        return bar;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel("语言 / Language");
        language.setItems(UiLocale.SUPPORTED);
        language.setItemLabelGenerator(UiLocale::nativeName);
        language.setValue(UiLocale.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst()
                .orElse(UiLocale.DEFAULT));
        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                // remembered for the next sign-in; the switch itself works even if that fails
                preference.ifAvailable(p -> Notices.attempt(() -> p.remember(e.getValue())));
                UiLocale.choose(UI.getCurrent(), e.getValue());
            }
        });
        language.setWidth("8em");
        return language;
    }
}
