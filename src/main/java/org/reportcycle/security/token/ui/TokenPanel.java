package org.reportcycle.security.token.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.IssuedToken;
import org.reportcycle.security.token.TokenInfo;
import org.reportcycle.security.token.TokenRequest;
import org.reportcycle.security.token.TokenScope;
import org.reportcycle.ui.Notices;

/**
 * A form to issue a token (name, scopes, units, last day), the dialog that shows a new token once, and the list of
 * tokens with their last use and a revoke button. Every action goes through {@link ApiTokens}, which checks who may.
 */
class TokenPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApiTokens tokens;
    private final Supplier<List<TokenInfo>> list;
    private final Grid<TokenInfo> grid = new Grid<>();
    private final ZoneId zone;

    TokenPanel(
            ApiTokens tokens,
            Supplier<List<TokenInfo>> list,
            Function<TokenRequest, IssuedToken> issue,
            List<TokenScope> offered,
            List<Unit> units,
            ZoneId zone) {
        this.tokens = tokens;
        this.list = list;
        this.zone = zone;
        setPadding(false);
        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        CheckboxGroup<TokenScope> scopes = new CheckboxGroup<>(getTranslation("token.scopes"));
        scopes.setId("token-scopes");
        scopes.setItems(offered);
        scopes.setItemLabelGenerator(s -> s.code() + " — " + getTranslation("token.scope." + s.code()));
        MultiSelectComboBox<Unit> unitBox = new MultiSelectComboBox<>(getTranslation("token.units"));
        unitBox.setId("token-units");
        unitBox.setItems(units);
        unitBox.setItemLabelGenerator(Unit::getName);
        unitBox.setHelperText(getTranslation("token.unitsHelp"));
        unitBox.setWidth("24rem");
        DatePicker expires = new DatePicker(
                getTranslation("token.expiresOn"), LocalDate.now(zone).plusDays(90));
        expires.setId("token-expires");
        Button create = new Button(
                getTranslation("token.issue"),
                e -> Notices.attempt(() -> issue.apply(new TokenRequest(
                                name.getValue(),
                                scopes.getValue().stream().map(TokenScope::code).collect(Collectors.toSet()),
                                unitBox.getValue().stream().map(Unit::getId).collect(Collectors.toSet()),
                                expires.getValue())))
                        .ifPresent(issued -> {
                            showOnce(issued);
                            name.clear();
                            refresh();
                        }));
        create.setId("token-issue");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, expires, create);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        add(form, scopes);
        if (!units.isEmpty()) {
            add(unitBox);
        }
        grid.setId("token-grid");
        grid.addColumn(TokenInfo::name).setHeader(getTranslation("token.name")).setAutoWidth(true);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix"));
        grid.addColumn(t -> String.join(" ", t.scopes())).setHeader(getTranslation("token.scopes"));
        grid.addColumn(t -> t.unitIds().isEmpty()
                        ? getTranslation("token.allUnits")
                        : String.valueOf(t.unitIds().size()))
                .setHeader(getTranslation("token.units"));
        grid.addColumn(t -> when(t.expiresAt())).setHeader(getTranslation("token.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : when(t.lastUsedAt()))
                .setHeader(getTranslation("token.lastUsed"));
        grid.addComponentColumn(this::state).setKey("state").setHeader(getTranslation("token.state"));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Component state(TokenInfo t) {
        if (t.revokedAt() != null) {
            return new Paragraph(getTranslation("token.revokedAt", when(t.revokedAt())));
        }
        if (!t.active(Instant.now())) {
            return new Paragraph(getTranslation("token.expired"));
        }
        Button revoke = new Button(
                getTranslation("token.revoke"),
                e -> Notices.attempt(() -> tokens.revoke(t.id())).ifPresent(done -> {
                    Notices.success("token.revoked");
                    refresh();
                }));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        revoke.setId("token-revoke-" + t.id());
        return revoke;
    }

    /** The token itself, this once: it is stored only as a hash. */
    private void showOnce(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("token.issuedTitle"));
        TextField secret = new TextField();
        secret.setId("token-secret");
        secret.setValue(issued.token());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        dialog.add(new Paragraph(getTranslation("token.showOnce")), secret);
        Button close = new Button(getTranslation("token.close"), e -> dialog.close());
        close.setId("token-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void refresh() {
        Notices.attempt(list::get).ifPresent(grid::setItems);
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }
}
