package org.reportcycle.publication.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.PublishedTexts;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportSummary;
import org.reportcycle.shared.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Maintains the n-gram index of published reports ({@code rc_search_doc}, {@code rc_search_gram}).
 * Publication and correction call {@link #index} in their transaction; {@link #rebuild} indexes
 * every published report (run at start for reports published before the index existed).
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final JdbcTemplate jdbc;
    private final PublishedTexts texts;
    private final OrganizationService organization;
    private final CycleService cycles;

    public SearchIndex(JdbcTemplate jdbc, PublishedTexts texts, OrganizationService organization, CycleService cycles) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.organization = organization;
        this.cycles = cycles;
    }

    /** The text the index holds for a report: its title and its parts in document order. */
    public static String body(String title, Map<Part, String> parts) {
        StringBuilder body = new StringBuilder(title);
        for (Part part : Part.documentOrder()) {
            String text = parts.getOrDefault(part, "");
            if (!text.isBlank()) {
                body.append('\n').append(text);
            }
        }
        return body.toString();
    }

    /** (Re)indexes a report if it is published; removes it from the index otherwise. */
    @Transactional
    public void index(Long reportId) {
        remove(reportId);
        Report report = texts.publishedReport(reportId).orElse(null);
        if (report == null) {
            return;
        }
        Unit unit = organization.unit(report.getUnitId());
        int year = cycles.cycle(report.getCycleId()).getReportYear();
        String body = body(report.getTitle(), texts.parts(reportId));
        jdbc.update("INSERT INTO rc_search_doc (report_id, unit_id, unit_level, report_year, title, index_no, published_at, body) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", reportId, unit.getId(), unit.getLevel().name(), year, report.getTitle(),
                report.getIndexNo(),
                Timestamp.from(report.getPublishedAt()), body);
        Set<Long> grams = Grams.ofText(body);
        long[] sorted = grams.stream().mapToLong(Long::longValue).sorted().toArray();
        List<Object[]> rows = new ArrayList<>(sorted.length);
        for (long g : sorted) {
            rows.add(new Object[] {g, reportId});
        }
        jdbc.batchUpdate("INSERT INTO rc_search_gram (gram, report_id) VALUES (?, ?)", rows);
    }

    @Transactional
    public void remove(Long reportId) {
        jdbc.update("DELETE FROM rc_search_gram WHERE report_id = ?", reportId);
        jdbc.update("DELETE FROM rc_search_doc WHERE report_id = ?", reportId);
    }

    /** Indexes the published reports the index does not hold yet; returns how many. */
    public int indexMissing() {
        Set<Long> indexed = new java.util.HashSet<>(jdbc.queryForList("SELECT report_id FROM rc_search_doc", Long.class));
        int count = 0;
        for (ReportSummary s : texts.published()) {
            if (!indexed.contains(s.id())) {
                index(s.id());
                count++;
            }
        }
        if (count > 0) {
            log.info("Search index: indexed {} published reports", count);
        }
        return count;
    }

    /** Indexes the reports published before the index existed (or while it was being rebuilt). */
    @EventListener(ApplicationReadyEvent.class)
    public void indexAtStart() {
        indexMissing();
    }

    /** Drops the whole index and indexes every published report again; returns how many. */
    public int rebuild() {
        jdbc.update("DELETE FROM rc_search_gram");
        jdbc.update("DELETE FROM rc_search_doc");
        return indexMissing();
    }

    static String placeholders(int n) {
        String[] q = new String[n];
        Arrays.fill(q, "?");
        return String.join(", ", q);
    }
}
