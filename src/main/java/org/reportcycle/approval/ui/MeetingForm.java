package org.reportcycle.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.MinutesFile;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.ui.WidgetTexts;

/** The fields of a committee meeting record, as the secretary fills them in. */
class MeetingForm {

    /** The bodies that deliberate the report; kept in Chinese, as they are named in the minutes. */
    static final List<String> BODIES = List.of("党工委会议", "党委会", "党组会", "常务会议");

    final ComboBox<String> body = new ComboBox<>();
    final DatePicker heldOn = new DatePicker();
    final TextField sessionNo = new TextField();
    final TextField attendance = new TextField();
    final RadioButtonGroup<MeetingOutcome> outcome = new RadioButtonGroup<>();
    final TextArea minutes = new TextArea();
    final Upload minutesFile;
    /** The uploaded minutes file, held until the secretary confirms; the service checks its type again. */
    MinutesFile uploaded;

    MeetingForm(UiFormats formats, Clock clock) {
        body.setLabel(body.getTranslation("meeting.body"));
        body.setItems(BODIES);
        // Other bodies exist (e.g. 党组（扩大）会议); the service takes any non-blank name
        body.setAllowCustomValue(true);
        body.addCustomValueSetListener(e -> body.setValue(e.getDetail()));
        body.setRequiredIndicatorVisible(true);
        body.setId("meeting-body");
        heldOn.setLabel(heldOn.getTranslation("meeting.heldOn"));
        heldOn.setMax(LocalDate.now(clock.withZone(formats.zone())));
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setId("meeting-held-on");
        WidgetTexts.datePicker(heldOn);
        sessionNo.setLabel(sessionNo.getTranslation("meeting.sessionNo"));
        sessionNo.setId("meeting-session");
        attendance.setLabel(attendance.getTranslation("meeting.attendance"));
        attendance.setId("meeting-attendance");
        outcome.setLabel(outcome.getTranslation("meeting.outcome"));
        outcome.setItems(MeetingOutcome.values());
        outcome.setItemLabelGenerator(o -> outcome.getTranslation(o.messageKey()));
        outcome.setRequiredIndicatorVisible(true);
        outcome.setId("meeting-outcome");
        minutes.setLabel(minutes.getTranslation("meeting.minutes"));
        minutes.setHelperText(minutes.getTranslation("meeting.minutesHelp"));
        minutes.setId("meeting-minutes");
        minutes.setWidthFull();
        minutesFile =
                new Upload(UploadHandler.inMemory((meta, data) -> uploaded = new MinutesFile(meta.fileName(), data)));
        minutesFile.setId("meeting-minutes-file");
        WidgetTexts.upload(minutesFile);
        minutesFile.getElement().setAttribute("aria-label", minutesFile.getTranslation("meeting.minutesFile"));
        minutesFile.setMaxFiles(1);
        minutesFile.setMaxFileSize(MinutesFile.MAX_BYTES);
        minutesFile.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".png", ".jpg", ".jpeg");
        minutesFile.addFileRejectedListener(e ->
                Notices.error(new UserFacingException("error.minutesTooLarge", MinutesFile.MAX_BYTES / 1024 / 1024)));
        minutesFile.addFileRemovedListener(e -> uploaded = null);
    }

    Component[] fields() {
        // Upload has no label of its own: a visible one above it, tied to it for screen readers
        NativeLabel label = new NativeLabel(minutesFile.getTranslation("meeting.minutesFile"));
        label.setFor(minutesFile);
        label.setId("meeting-minutes-file-label");
        return new Component[] {body, heldOn, sessionNo, attendance, outcome, minutes, new Div(label, minutesFile)};
    }

    MeetingRecord record() {
        return new MeetingRecord(
                body.getValue(),
                heldOn.getValue(),
                sessionNo.getValue(),
                attendance.getValue(),
                outcome.getValue(),
                minutes.getValue());
    }
}
