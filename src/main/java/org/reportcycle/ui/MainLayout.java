package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
 * shell knows no feature and the features' views get it through {@link Layout} without naming it. The top
 * bar stays one line on a phone: the full title gives way to a short one, the language switch moves into the
 * person's menu, and the person's own pages (delegation, standard opinions, notification settings, password,
 * sign out) sit in that menu under their name.
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
        ShellStyles.addTo(this);
    }

    private SideNav navigation(boolean administrator) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), "inbox", VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.done"), "done", VaadinIcon.CHECK_SQUARE_O.create()));
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
        title.setId("app-title");
        title.addClassNames("rc-title", ShellStyles.WIDE_ONLY);
        title.getStyle().setFontWeight("600").setFontSize("1.1em");
        Span shortTitle = new Span(getTranslation("app.shortName"));
        shortTitle.setId("app-title-short");
        shortTitle.addClassNames("rc-title", ShellStyles.NARROW_ONLY);
        shortTitle.getStyle().setFontWeight("600");
        Span titles = new Span(title, shortTitle);
        titles.addClassName("rc-title");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), titles);
        if (user.isPresent()) {
            items.forEach(item -> bar.add(item.create()));
        }
        Select<Locale> language = languageSwitch();
        language.addClassName(ShellStyles.WIDE_ONLY);
        bar.add(language, userMenu(user, authentication));
        bar.addClassName("rc-navbar");
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--vaadin-gap-s, 0.25rem)");
        bar.setWidthFull();
        bar.setAlignItems(Alignment.CENTER);
        bar.expand(titles);
        bar.getStyle().setPaddingRight("var(--vaadin-space-s, 0.5rem)");
        return bar;
    }

    /** The person's name; under it their own pages, the language (on a phone) and signing out. */
    private MenuBar userMenu(Optional<CurrentUser> user, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        Span name = new Span(user.map(CurrentUser::displayName).orElse(""));
        name.setId("current-user");
        name.addClassNames("rc-title", ShellStyles.WIDE_ONLY);
        name.getStyle().setMaxWidth("12em");
        Span person = new Span(VaadinIcon.USER.create(), name);
        person.getStyle()
                .set("display", "inline-flex")
                .set("align-items", "center")
                .set("gap", "0.3em");
        MenuItem root = menu.addItem(person);
        root.getElement().setAttribute("aria-label", getTranslation("nav.userMenu"));
        SubMenu sub = root.getSubMenu();
        if (user.isPresent()) {
            MenuItem who = sub.addItem(user.get().displayName());
            who.setEnabled(false);
            go(sub, "menu-delegations", "notify.delegations", "delegations");
            go(sub, "menu-opinions", "notify.opinions", "opinions");
            go(sub, "menu-notice-settings", "notify.settings", "notices/settings");
            go(sub, "menu-password", "password.title", "password");
        }
        for (Locale locale : UiLocale.SUPPORTED) {
            if (!locale.getLanguage().equals(getLocale().getLanguage())) {
                MenuItem other = sub.addItem(UiLocale.nativeName(locale), e -> switchTo(locale));
                other.setId("menu-language-" + locale.getLanguage());
            }
        }
        MenuItem logout = sub.addItem(getTranslation("nav.logout"), e -> authentication.logout());
        logout.setId("menu-logout");
        return menu;
    }

    private void go(SubMenu menu, String id, String key, String route) {
        MenuItem item = menu.addItem(getTranslation(key), e -> UI.getCurrent().navigate(route));
        item.setId(id);
    }

    private void switchTo(Locale locale) {
        // remembered for the next sign-in; the switch itself works even if that fails
        preference.ifAvailable(p -> Notices.attempt(() -> p.remember(locale)));
        UiLocale.choose(UI.getCurrent(), locale);
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
                switchTo(e.getValue());
            }
        });
        language.setWidth("8em");
        return language;
    }
}
