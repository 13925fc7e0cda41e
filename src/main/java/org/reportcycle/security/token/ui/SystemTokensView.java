package org.reportcycle.security.token.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.TokenScope;
import org.reportcycle.settings.ReportCycleSettings;

/** Administrators: tokens for other systems (the city's or province's platforms), limited by scope and units. */
@Route("admin/tokens")
@RolesAllowed(Roles.ADMIN)
class SystemTokensView extends VerticalLayout implements HasDynamicTitle {

    SystemTokensView(ApiTokens tokens, OrganizationService organization, ReportCycleSettings settings) {
        setMaxWidth("80rem");
        List<Unit> units = organization.allUnits().stream()
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        add(
                new H2(getTranslation("token.systemTitle")),
                new Paragraph(getTranslation("token.systemHelp")),
                new RouterLink(getTranslation("token.mineTitle"), MyTokensView.class),
                new TokenPanel(
                        tokens,
                        tokens::systemTokens,
                        tokens::issueSystem,
                        List.of(TokenScope.values()),
                        units,
                        settings.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.systemTitle") + " · " + getTranslation("app.name");
    }
}
