package org.reportcycle.delegation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.delegation.CopyService;
import org.reportcycle.delegation.CopyService.CopyView;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.delegation.DelegationService.DelegationView;
import org.reportcycle.organization.MemberView;
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
        _setValue(_get(TextField.class, spec -> spec.withId("copy-to")), other.leader(1));
        Browserless.click("copy-send");
        assertThat(as(unit.drafter(), () -> copies.copies(report)))
                .extracting(CopyView::to)
                .containsExactly(other.leader(1));
        Browserless.stop();

        Browserless.openReport(ctx, other.leader(1), report);
        Browserless.stop();

        Browserless.openReport(ctx, unit.drafter(), report);
        @SuppressWarnings("unchecked")
        Grid<CopyView> grid = _get(Grid.class, spec -> spec.withId("copies"));
        assertThat(_findAll(grid))
                .singleElement()
                .satisfies(c -> assertThat(c.firstReadAt()).isNotNull());
    }

    @Test
    void a_person_delegates_to_a_colleague_on_the_delegation_screen() {
        TestUnit unit = data.unit("休假街道");
        Browserless.start(ctx, unit.legal(), false);
        Browserless.navigate("delegations");
        @SuppressWarnings("unchecked")
        ComboBox<MemberView> delegate = _get(ComboBox.class, spec -> spec.withId("delegation-delegate"));
        MemberView secretary = delegate.getListDataView()
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
    }
}
