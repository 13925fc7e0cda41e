package org.reportcycle.approval.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class CommitteeActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    org.reportcycle.approval.CommitteeService committee;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_secretary_records_an_approval_subject_to_changes_and_the_meeting_is_listed() {
        TestUnit unit = data.unit("湖滨街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.COMMITTEE, unit, report);
        Browserless.openReport(ctx, unit.secretary(), report);

        Browserless.click("action-recordMeeting");
        _setValue(_get(ComboBox.class, s -> s.withId("meeting-body")), "党工委会议");
        _setValue(
                _get(DatePicker.class, s -> s.withId("meeting-held-on")),
                LocalDate.now().minusDays(1));
        _setValue(_get(TextField.class, s -> s.withId("meeting-session")), "2027年第2次");
        _setValue(_get(TextField.class, s -> s.withId("meeting-attendance")), "党工委委员7人");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("meeting-outcome")), MeetingOutcome.CHANGES);
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("请填写理由。");
        _setValue(_get(TextArea.class, s -> s.withId("meeting-minutes")), "第四部分补充具体措施");
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：按审议意见修改");
        Browserless.openPanel("会议审议记录");
        Grid<?> meetings = _get(Grid.class, s -> s.withId("meetings"));
        assertThat(_size(meetings)).isEqualTo(1);
        assertThat(_getFormatted(meetings, 0, "body")).isEqualTo("党工委会议");
        assertThat(_getFormatted(meetings, 0, "outcome")).isEqualTo("原则通过，按意见修改");
    }

    @Test
    void the_drafter_submits_the_revision_and_the_secretary_confirms_it() {
        TestUnit unit = data.unit("江南街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.REVISION, unit, report);

        Browserless.openReport(ctx, unit.drafter(), report);
        assertThat(_get(TextArea.class, s -> s.withId("part-4")).isReadOnly()).isFalse();
        Browserless.click("action-submitRevision");
        Browserless.confirmDialog();
        assertThat(step()).isEqualTo("当前环节：确认修改");
        Browserless.stop();

        Browserless.openReport(ctx, unit.secretary(), report);
        Browserless.click("action-confirmChanges");
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：报送上级");
        assertThat(Browserless.notifications()).contains("已确认修改，转入报送上级。");
    }

    @Test
    void the_secretary_may_send_the_revision_back_with_a_reason() {
        TestUnit unit = data.unit("江北街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.CONFIRM_CHANGES, unit, report);
        Browserless.openReport(ctx, unit.secretary(), report);

        Browserless.click("action-refuseChanges");
        _setValue(_get(Browserless.openDialog(), TextArea.class), "第四部分仍未补充");
        Browserless.confirmDialog();

        assertThat(step()).isEqualTo("当前环节：按审议意见修改");
    }

    @Test
    void the_meetings_panel_offers_the_minutes_file_for_download() {
        TestUnit unit = data.unit("纪要镇");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.COMMITTEE, unit, report);
        TestData.as(
                unit.secretary(),
                () -> committee.recordMeeting(
                        report,
                        new org.reportcycle.approval.MeetingRecord(
                                "党委会", LocalDate.now(), "第1次", "全体委员", MeetingOutcome.APPROVED, null),
                        new org.reportcycle.approval.MinutesFile("纪要.pdf", "%PDF-1.7 minutes".getBytes())));
        Long meetingId = TestData.as(unit.drafter(), () -> committee.meetings(report))
                .get(0)
                .id();

        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.openPanel("会议审议记录");
        Grid<?> meetings = _get(Grid.class, s -> s.withId("meetings"));
        com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(meetings, 0, "minutesFile");
        assertThat(link.getId()).contains("meeting-" + meetingId + "-minutes-file");
        assertThat(link.getText()).isEqualTo("下载纪要");
        assertThat(link.getHref()).isNotBlank();
    }

    private static String step() {
        return _get(Span.class, s -> s.withId("report-step")).getText();
    }
}
