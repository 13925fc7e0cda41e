package org.reportcycle.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.notification.RobotChannelService;
import org.reportcycle.notification.RobotSettings;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.security.Roles;
import org.reportcycle.ui.AdminLinks;
import org.reportcycle.ui.Notices;

/**
 * Administrators: each unit's 钉钉 and 企业微信 group robots — set, replace, remove, and a test message that shows at
 * once whether the address and the secret are right. The secret is written, never shown.
 */
@Route("admin/robots")
@RolesAllowed(Roles.ADMIN)
class RobotChannelsView extends VerticalLayout implements HasDynamicTitle {

    private final RobotChannelService robots;
    private final Map<Long, Unit> units;
    private final Grid<RobotSettings> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    RobotChannelsView(RobotChannelService robots, OrganizationService organization) {
        this.robots = robots;
        this.units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        setMaxWidth("80rem");

        ComboBox<Unit> unit = new ComboBox<>(getTranslation("robots.unit"));
        unit.setId("robot-unit");
        unit.setItems(units.values().stream()
                .filter(Unit::isActive)
                .sorted(Comparator.comparing(Unit::getName))
                .toList());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setPlaceholder(getTranslation("robots.pickUnit"));
        Select<String> kind = new Select<>();
        kind.setId("robot-kind");
        kind.setLabel(getTranslation("robots.kind"));
        kind.setItems(RobotChannelService.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("robots.kind." + k));
        kind.setValue(RobotChannelService.KINDS.get(0));
        TextField url = new TextField(getTranslation("robots.url"));
        url.setId("robot-url");
        url.setPlaceholder("https://oapi.dingtalk.com/robot/send?access_token=…");
        PasswordField secret = new PasswordField(getTranslation("robots.secret"));
        secret.setId("robot-secret");
        Button save = new Button(getTranslation("robots.save"), e -> {
            if (unit.getValue() == null) {
                unit.setInvalid(true);
                unit.setErrorMessage(getTranslation("robots.pickUnit"));
                return;
            }
            Notices.attempt(() -> robots.configure(
                            unit.getValue().getId(), kind.getValue(), url.getValue(), secret.getValue()))
                    .ifPresent(saved -> {
                        Notices.success("robots.saved");
                        url.clear();
                        secret.clear();
                        refresh();
                    });
        });
        save.setId("robot-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(unit, kind, url, secret);
        form.setColspan(url, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));

        grid.setId("robots");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> unitName(r.unitId()))
                .setHeader(getTranslation("robots.unit"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("robots.kind." + r.kind())).setHeader(getTranslation("robots.kind"));
        grid.addColumn(r -> host(r.webhookUrl()))
                .setHeader(getTranslation("robots.url"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.signed() ? "robots.signed" : "robots.unsigned"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        none.setText(getTranslation("robots.none"));
        none.setId("robots-none");

        add(
                AdminLinks.bar(),
                new H2(getTranslation("robots.title")),
                new Paragraph(getTranslation("robots.help")),
                form,
                save,
                none,
                grid);
        refresh();
    }

    private HorizontalLayout actions(RobotSettings robot) {
        String suffix = robot.unitId() + "-" + robot.kind();
        Button test = new Button(getTranslation("robots.test"), e -> {
            if (Notices.attempt(
                    () -> robots.sendTest(robot.unitId(), robot.kind(), unitName(robot.unitId()), getLocale()))) {
                Notices.success("robots.tested");
            }
        });
        test.setId("robot-test-" + suffix);
        test.addThemeVariants(ButtonVariant.SMALL);
        Button remove = new Button(getTranslation("robots.remove"), e -> {
            if (Notices.attempt(() -> robots.remove(robot.unitId(), robot.kind()))) {
                Notices.success("robots.removed");
                refresh();
            }
        });
        remove.setId("robot-remove-" + suffix);
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return new HorizontalLayout(test, remove);
    }

    private void refresh() {
        List<RobotSettings> all = Notices.attempt(robots::all).orElse(List.of());
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    private String unitName(Long id) {
        Unit unit = units.get(id);
        return unit == null ? "" : unit.getName();
    }

    /** The address without its token: enough to recognise the robot, nothing to misuse. */
    static String host(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("robots.title") + " · " + getTranslation("app.name");
    }
}
