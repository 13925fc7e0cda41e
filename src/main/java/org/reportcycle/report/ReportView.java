package org.reportcycle.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;

/** A report as the workspace and the API show it. */
public record ReportView(
        Long id,
        Long cycleId,
        int year,
        Long unitId,
        String unitName,
        String title,
        Step step,
        Instant stepSince,
        int version,
        Map<Part, PartText> parts,
        String indexNo,
        String issuer,
        LocalDate writtenOn,
        Instant publishedAt) {

    /** A part's text and the row version an edit must quote to be accepted. */
    public record PartText(String text, long rowVersion) {}

    public ReportText text() {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        parts.forEach((part, pt) -> texts.put(part, pt.text()));
        return new ReportText(title, texts);
    }
}
