package org.reportcycle.report.export;

import java.time.LocalDate;
import java.util.Optional;
import org.reportcycle.report.ReportText;

/**
 * What an export needs: the report text plus the unit and date that close the document.
 *
 * @param title          the document title; when blank, the report text's own title is used
 * @param unitName       the issuing unit, written right-aligned at the end (发文机关署名); may be blank
 * @param dateWritten    the date written (成文日期), printed as "2025年2月20日"; may be {@code null}
 * @param text           the report's parts
 * @param correctionNote a correction note (更正说明) printed after the date; may be {@code null}
 * @param indexNumber    the publication index number (索引号); goes into the file's metadata only, because
 *                       it belongs to the website listing rather than to the document's text; may be {@code null}
 */
public record ExportDocument(
        String title,
        String unitName,
        LocalDate dateWritten,
        ReportText text,
        String correctionNote,
        String indexNumber) {

    public ExportDocument {
        text = text == null ? new ReportText("", null) : text;
        title = title == null || title.isBlank() ? text.title() : title;
        unitName = unitName == null ? "" : unitName.strip();
    }

    /** A document without correction note or index number. */
    public ExportDocument(String title, String unitName, LocalDate dateWritten, ReportText text) {
        this(title, unitName, dateWritten, text, null, null);
    }

    /** The date as official documents write it: Arabic numerals, no leading zeros ("2025年2月20日"). */
    public Optional<String> dateText() {
        return Optional.ofNullable(dateWritten)
                .map(d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日");
    }

    public Optional<String> correction() {
        return Optional.ofNullable(correctionNote).map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<String> index() {
        return Optional.ofNullable(indexNumber).map(String::strip).filter(s -> !s.isEmpty());
    }
}
