package org.reportcycle.delegation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.delegation.CopyService;
import org.reportcycle.delegation.CopyService.CopyView;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.delegation.DelegationService.DelegationView;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Copying someone in from the workspace, their read receipt, and the delegation screen. */
@UiSpringTest
class CopiesAndDelegationsViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    CopyService copies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DelegationService delegations;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_drafter_copies_someone_in_and_sees_when_they_first_opened_the_report() {
        TestUnit unit = data.unit("抄送街道");
        TestUnit other = data.unit("知悉街道");
        Long report = data.openReport(2026, unit);
        // copies stay inside the circle: the people of the unit that supervises it may receive them
        jdbc.update("UPDATE rc_unit SET parent_id = ? WHERE id = ?", other.id(), unit.id());
        Browserless.openReport(ctx, unit.drafter(), report);
        Browserless.openPanel("抄送");
        PersonPicker to = _get(PersonPicker.class, spec -> spec.withId("copy-to"));
        // the picker offers the people of the circle by name, unit and role, not by login name
        assertThat(to.getListDataView()
                        .getItems()
                        .map(p -> to.getItemLabelGenerator().apply(p)))
                .contains(other.leaderName(1) + " · 知悉街道 · 领导", unit.legalName() + " · 抄送街道 · 法律顾问")
                .doesNotContain(unit.drafterName() + " · 抄送街道 · 起草人")
                .allSatisfy(label -> assertThat(label).doesNotContain(other.leader(1)));
        _setValue(
                to,
                to.getListDataView()
                        .getItems()
                        .filter(p -> p.username().equals(other.leader(1)))
                        .findFirst()
                        .orElseThrow());
        Browserless.click("copy-send");
        assertThat(as(unit.drafter(), () -> copies.copies(report)))
                .extracting(CopyView::to)
                .containsExactly(other.leader(1));
        Browserless.stop();

        Browserless.openReport(ctx, other.leader(1), report);
        Browserless.stop();

        Browserless.openReport(ctx, unit.drafter(), report);
        Browserless.openPanel("抄送");
        @SuppressWarnings("unchecked")
        Grid<CopyView> grid = _get(Grid.class, spec -> spec.withId("copies"));
        assertThat(_findAll(grid))
                .singleElement()
                .satisfies(c -> assertThat(c.firstReadAt()).isNotNull());
        assertThat(_getFormatted(grid, 0, "to")).isEqualTo(other.leaderName(1));
        assertThat(_getFormatted(grid, 0, "from")).isEqualTo(unit.drafterName());
    }

    @Test
    void a_person_delegates_to_a_colleague_on_the_delegation_screen() {
        TestUnit unit = data.unit("休假街道");
        Browserless.start(ctx, unit.legal(), false);
        Browserless.navigate("delegations");
        PersonPicker delegate = _get(PersonPicker.class, spec -> spec.withId("delegation-delegate"));
        assertThat(delegate.getListDataView()
                        .getItems()
                        .map(p -> delegate.getItemLabelGenerator().apply(p)))
                .contains(unit.secretaryName() + " · 会议记录人", unit.drafterName() + " · 起草人")
                .doesNotContain(unit.legalName() + " · 法律顾问");
        PersonPicker.Person secretary = delegate.getListDataView()
                .getItems()
                .filter(m -> m.username().equals(unit.secretary()))
                .findFirst()
                .orElseThrow();
        _setValue(delegate, secretary);
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("delegation-until")),
                LocalDate.now().plusDays(3));
        Browserless.click("delegation-save");

        assertThat(as(unit.legal(), () -> delegations.mine()))
                .singleElement()
                .satisfies(d -> assertThat(d.delegate()).isEqualTo(unit.secretary()))
                .extracting(DelegationView::inForce)
                .isEqualTo(true);
        assertThat(Browserless.notifications()).contains("已委派给 " + unit.secretaryName());
        @SuppressWarnings("unchecked")
        Grid<DelegationView> grid = _get(Grid.class, spec -> spec.withId("delegations"));
        assertThat(_getFormatted(grid, 0, "delegator")).isEqualTo(unit.legalName());
        assertThat(_getFormatted(grid, 0, "delegate")).isEqualTo(unit.secretaryName());
    }
}
