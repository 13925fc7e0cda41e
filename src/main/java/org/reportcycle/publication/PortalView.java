package org.reportcycle.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.springframework.context.MessageSource;

/**
 * The portal's language for one request: Chinese by default, English with {@code ?lang=en}. Templates
 * use it for their texts ({@code t.m('key')}), for links that keep the language ({@code t.url(path)}),
 * for the {@code lang} attribute and for dates.
 */
public record PortalView(Locale locale, MessageSource messages) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static PortalView of(String lang, MessageSource messages) {
        return new PortalView("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, messages);
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The value of the html element's lang attribute. */
    public String lang() {
        return english() ? "en" : "zh-CN";
    }

    /** The message; numbers are shown as they are (no digit grouping: years and counts read 2024, not 2,024). */
    public String m(String key, Object... args) {
        Object[] plain = args == null
                ? null
                : Arrays.stream(args)
                        .map(a -> a instanceof Number ? String.valueOf(a) : a)
                        .toArray();
        return messages.getMessage(key, plain, key, locale);
    }

    /** A portal path that keeps the English view when it is on. */
    public String url(String path) {
        return english() ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
    }

    /** The same page in the other language. */
    public String switchUrl(String path) {
        return english() ? path : path + (path.contains("?") ? "&" : "?") + "lang=en";
    }

    public String part(Part part) {
        return part.title(locale);
    }

    public String level(UnitLevel level) {
        return level == null ? "" : m(level.messageKey());
    }

    public String date(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(ZONE));
    }

    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
