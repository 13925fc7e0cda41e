package org.reportcycle.opening.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.opening.CycleOpeningJobs;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class CycleSetupViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    UnitRepository units;

    @Autowired
    CycleService cycles;

    @Autowired
    CycleOpeningJobs jobs;

    @Autowired
    ReportRepository reports;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void checking_a_unit_takes_its_sub_tree_and_opening_runs_in_the_background_with_the_edited_deadlines()
            throws Exception {
        TestUnit county = data.unit("设置县");
        TestUnit street = data.unit("设置街道");
        Unit child = units.findById(street.id()).orElseThrow();
        child.place("设置街道", UnitLevel.STREET, county.id());
        units.save(child);
        Unit bare = units.save(new Unit("bare" + System.nanoTime() % 100000, "无人单位", UnitLevel.STREET, null));
        String admin = data.admin();
        Browserless.start(ctx, admin, true);
        Browserless.navigate("admin/cycles");
        CycleSetupView view = _get(CycleSetupView.class);

        _setValue(_get(IntegerField.class, s -> s.withId("cycle-year")), 2076);
        assertThat(_get(DatePicker.class, s -> s.withId("due-STREET-PUBLICATION"))
                        .getValue())
                .isEqualTo(LocalDate.of(2077, 4, 1));
        view.tree().select(units.findById(county.id()).orElseThrow());
        assertThat(view.tree().getSelectedItems())
                .extracting(Unit::getId)
                .containsExactlyInAnyOrder(county.id(), street.id());
        assertThat(_get(VerticalLayout.class, s -> s.withId("people-check"))
                        .getElement()
                        .getTextRecursively())
                .contains("均已配齐");
        view.tree().select(bare);
        assertThat(_get(VerticalLayout.class, s -> s.withId("people-check"))
                        .getElement()
                        .getTextRecursively())
                .contains("无人单位：缺起草人、法律顾问、领导、会议记录人");
        view.tree().deselect(bare);
        _setValue(_get(DatePicker.class, s -> s.withId("due-STREET-REPORT_UP")), LocalDate.of(2077, 2, 20));
        Browserless.click("open-cycle");

        for (int i = 0;
                i < 600 && as(admin, () -> jobs.latest(2076)).orElseThrow().state() == CycleOpeningJobs.State.RUNNING;
                i++) {
            Thread.sleep(100);
        }
        view.showProgress();
        assertThat(_get(Span.class, s -> s.withId("opening-text")).getText()).isEqualTo("已开启：2 / 2");
        Long cycleId = cycles.byYear(2076).orElseThrow().getId();
        assertThat(reports.findByCycleIdAndUnitId(cycleId, county.id())).isPresent();
        assertThat(reports.findByCycleIdAndUnitId(cycleId, street.id())).isPresent();
        assertThat(reports.findByCycleIdAndUnitId(cycleId, bare.getId())).isEmpty();
        assertThat(cycles.deadlines(cycleId).due(UnitLevel.STREET, Milestone.REPORT_UP))
                .isEqualTo(LocalDate.of(2077, 2, 20));
    }
}
