package org.reportcycle.report.importing;

import java.util.List;
import org.reportcycle.report.ReportText;

/**
 * What an upload would become: detected title, reporting year and unit, the top-level (and lifted)
 * headings with their parts, the assembled text, and notes worth showing the drafter.
 *
 * @param title the detected title, or {@code null} when the document has none
 * @param year the reporting year, or {@code null} when none could be found
 * @param unit the reporting unit's short name, or {@code null}
 * @param headings the headings that start sections, in document order
 * @param text the report text assembled from the mapping above
 * @param notes remarks for the drafter (Chinese, with English in brackets)
 * @param blocks the cleaned text split by owning heading, used by {@link ReportImporter#assemble}
 * @param unplaced lines of the upload that are in no part and not the title (web page leftovers such as
 *     breadcrumbs, publishing dates and site names), shown so the drafter can see nothing was lost silently
 */
public record ImportPreview(
        String title,
        Integer year,
        String unit,
        List<ClassifiedHeading> headings,
        ReportText text,
        List<String> notes,
        List<TextBlock> blocks,
        List<String> unplaced) {

    public ImportPreview {
        headings = List.copyOf(headings);
        notes = List.copyOf(notes);
        blocks = List.copyOf(blocks);
        unplaced = List.copyOf(unplaced);
    }
}
