package org.reportcycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Vaadin's date pickers and uploads speak the screen's language: Chinese by default, complete English. */
@UiSpringTest
class WidgetTextsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void a_date_picker_shows_chinese_months_and_weekdays_from_monday_with_today_and_cancel() {
        Browserless.start(ctx, "nobody", false);

        DatePickerI18n i18n = WidgetTexts.datePicker(new DatePicker()).getI18n();

        assertThat(i18n.getMonthNames()).startsWith("一月", "二月").endsWith("十二月");
        assertThat(i18n.getWeekdays()).startsWith("星期日", "星期一");
        assertThat(i18n.getWeekdaysShort()).startsWith("周日", "周一");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getDateFormats()).startsWith("yyyy-MM-dd");
    }

    @Test
    void in_english_every_text_is_english() {
        Browserless.start(ctx, "nobody", false);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        DatePickerI18n date = WidgetTexts.datePicker(new DatePicker()).getI18n();
        UploadI18N upload = WidgetTexts.upload(new Upload());

        assertThat(date.getMonthNames()).startsWith("January");
        assertThat(date.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(date.getToday()).isEqualTo("Today");
        assertThat(upload.getAddFiles().getOne()).isEqualTo("Choose file…");
        assertThat(upload.getDropFiles().getOne()).isEqualTo("or drop the file here");
        assertThat(upload.getFile().getRemove()).isEqualTo("Remove");
    }

    @Test
    void the_meeting_dialog_has_a_chinese_date_picker_and_a_labelled_chinese_upload() {
        TestUnit unit = data.unit("滨河街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.COMMITTEE, unit, report);
        Browserless.openReport(ctx, unit.secretary(), report);

        Browserless.click("action-recordMeeting");

        DatePicker heldOn = _get(DatePicker.class, s -> s.withId("meeting-held-on"));
        assertThat(heldOn.getI18n().getToday()).isEqualTo("今天");
        Upload file = _get(Upload.class, s -> s.withId("meeting-minutes-file"));
        assertThat(file.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(file.getI18n().getDropFiles().getOne()).isEqualTo("或把文件拖到这里");
        assertThat(_get(NativeLabel.class, s -> s.withId("meeting-minutes-file-label"))
                        .getText())
                .isEqualTo("会议纪要文件");
    }
}
