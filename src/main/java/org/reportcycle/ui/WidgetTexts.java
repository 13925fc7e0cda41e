package org.reportcycle.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The texts Vaadin's own widgets show (a date picker's months, weekdays and buttons, an upload's buttons,
 * drop hint and errors) in the screen's language: Chinese by default, English when chosen. Vaadin ships
 * them in English only, so every DatePicker and Upload of the application goes through here.
 */
public final class WidgetTexts {

    /** ISO dates, typed or shown; a few everyday ways of typing one are understood too. */
    static final String DATE_FORMAT = "yyyy-MM-dd";

    private WidgetTexts() {}

    /** Sets the picker's texts, Monday as the first day of the week and the yyyy-MM-dd format. */
    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = language();
        picker.setLocale(locale);
        picker.setI18n(new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("date.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("date.badInput"))
                .setDateFormats(DATE_FORMAT, "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"));
        if (!Locale.ENGLISH.equals(locale)) {
            chineseMonthTitles(picker);
        }
        return picker;
    }

    /**
     * The calendar's month titles as Chinese writes them, 「2027年1月」: the web component's own {@code formatTitle}
     * writes 「一月 2027」 and the Java API cannot set a function. The connector replaces the whole {@code i18n} when
     * it applies the texts above, so the title function is added when the field takes the focus, before anything is
     * typed: replacing {@code i18n} while a date is being typed (e.g. when the calendar opens on typing) would put
     * the field back to its last value and lose the typed date.
     */
    private static void chineseMonthTitles(DatePicker picker) {
        picker.getElement().executeJs("""
                        const title = (name, year) => year + '年' + (this.i18n.monthNames.indexOf(name) + 1) + '月';
                        this.addEventListener('focusin', () => {
                          if (!this.i18n.rcChineseTitle) {
                            this.i18n = Object.assign({}, this.i18n, {formatTitle: title, rcChineseTitle: true});
                          }
                        });""");
    }

    /** Sets the upload's texts; the caller may still replace the add and drop texts with its own. */
    public static UploadI18N upload(Upload upload) {
        UploadI18N i18n = texts(upload);
        upload.setI18n(i18n);
        return i18n;
    }

    /** The upload texts in the component's language. */
    public static UploadI18N texts(Component c) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(c.getTranslation("upload.addOne"))
                        .setMany(c.getTranslation("upload.addMany")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(c.getTranslation("upload.dropOne"))
                        .setMany(c.getTranslation("upload.dropMany")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(c.getTranslation("upload.tooManyFiles"))
                        .setFileIsTooBig(c.getTranslation("upload.fileIsTooBig"))
                        .setIncorrectFileType(c.getTranslation("upload.incorrectFileType")))
                .setFile(new UploadI18N.File()
                        .setRetry(c.getTranslation("upload.retry"))
                        .setStart(c.getTranslation("upload.start"))
                        .setRemove(c.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(c.getTranslation("upload.connecting"))
                                .setStalled(c.getTranslation("upload.stalled"))
                                .setProcessing(c.getTranslation("upload.processing"))
                                .setHeld(c.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(c.getTranslation("upload.remainingPrefix"))
                                .setUnknown(c.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(c.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(c.getTranslation("upload.unexpectedServerError"))
                                .setForbidden(c.getTranslation("upload.forbidden"))
                                .setFileTooLarge(c.getTranslation("upload.fileIsTooBig"))));
    }

    private static Locale language() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? null : ui.getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : UiLocale.DEFAULT;
    }

    /** The web component lists weekdays from Sunday whatever the first day of the week. */
    private static List<String> sundayFirst(TextStyle style, Locale locale) {
        return IntStream.range(0, 7)
                .mapToObj(i -> DayOfWeek.SUNDAY.plus(i).getDisplayName(style, locale))
                .toList();
    }
}
