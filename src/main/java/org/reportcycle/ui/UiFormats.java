package org.reportcycle.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.stereotype.Component;

/**
 * Dates and times as the user reads them: in the office's time zone (deadlines fall on its calendar days,
 * wherever the server runs) and in the screen's language.
 */
@Component
public class UiFormats {

    private final ZoneId zone;

    public UiFormats(ReportCycleSettings settings) {
        this.zone = settings.zone();
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(instant.atZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? UiLocale.DEFAULT : ui.getLocale();
    }
}
