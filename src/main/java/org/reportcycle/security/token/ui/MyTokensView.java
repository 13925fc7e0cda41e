package org.reportcycle.security.token.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.TokenScope;
import org.reportcycle.settings.ReportCycleSettings;

/** Everyone's own API tokens (personal tokens): issue one with at most one's own rights, see its use, revoke it. */
@Route("tokens")
@PermitAll
class MyTokensView extends VerticalLayout implements HasDynamicTitle {

    MyTokensView(ApiTokens tokens, CurrentUserService users, ReportCycleSettings settings) {
        setMaxWidth("80rem");
        boolean administrator = users.find().map(CurrentUser::administrator).orElse(false);
        List<TokenScope> offered = administrator
                ? List.of(TokenScope.values())
                : List.of(TokenScope.READ_PUBLIC, TokenScope.READ_REPORTS, TokenScope.WRITE_STEPS);
        add(new H2(getTranslation("token.mineTitle")), new Paragraph(getTranslation("token.mineHelp")));
        if (administrator) {
            add(new RouterLink(getTranslation("token.systemTitle"), SystemTokensView.class));
        }
        add(new TokenPanel(tokens, tokens::mine, tokens::issuePersonal, offered, List.of(), settings.zone()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.mineTitle") + " · " + getTranslation("app.name");
    }
}
