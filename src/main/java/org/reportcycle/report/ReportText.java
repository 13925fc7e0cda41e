package org.reportcycle.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.shared.Part;

/**
 * The text of a report: its title and the text of each part. A part's text is plain text, one paragraph
 * per line; sub-headings (such as "（一）…") are lines of their own. Missing parts are absent from the map.
 */
public record ReportText(String title, Map<Part, String> parts) {

    public ReportText {
        title = title == null ? "" : title;
        EnumMap<Part, String> copy = new EnumMap<>(Part.class);
        if (parts != null) {
            parts.forEach((part, text) -> {
                if (text != null) {
                    copy.put(part, text);
                }
            });
        }
        parts = Collections.unmodifiableMap(copy);
    }

    public String part(Part part) {
        return parts.getOrDefault(part, "");
    }
}
