package org.reportcycle.publication.search;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.PublishedTexts;
import org.reportcycle.report.Report;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maintains the n-gram index of published reports ({@code rc_search_doc}, {@code rc_search_gram}).
 * Publication and correction call {@link #index} in their transaction; {@link #rebuild} indexes
 * every published report (run at start for reports published before the index existed).
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    /** Reports indexed per transaction by {@link #indexMissing}. */
    static final int CHUNK = 200;
    /** Postings per multi-row INSERT statement. */
    static final int ROWS_PER_INSERT = 500;

    private final JdbcTemplate jdbc;
    private final PublishedTexts texts;
    private final OrganizationService organization;
    private final CycleService cycles;
    private final TransactionTemplate tx;

    public SearchIndex(
            JdbcTemplate jdbc,
            PublishedTexts texts,
            OrganizationService organization,
            CycleService cycles,
            PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
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

    /** One report as the index holds it; {@link #insert} computes its grams from {@code body}. */
    public record Doc(
            long reportId,
            long unitId,
            UnitLevel level,
            int year,
            String title,
            String indexNo,
            Instant publishedAt,
            String body) {}

    /** (Re)indexes a report if it is published; removes it from the index otherwise. */
    @Transactional
    public void index(Long reportId) {
        // removes only what is there: on MySQL a DELETE that finds nothing still locks the gap (and, without an
        // index on the report, every posting), and two reports published at once then deadlock on their INSERTs
        Integer held =
                jdbc.queryForObject("SELECT COUNT(*) FROM rc_search_doc WHERE report_id = ?", Integer.class, reportId);
        if (held != null && held > 0) {
            remove(reportId);
        }
        Report report = texts.publishedReport(reportId).orElse(null);
        if (report == null) {
            return;
        }
        Unit unit = organization.unit(report.getUnitId());
        int year = cycles.yearOf(report.getCycleId());
        insert(List.of(doc(report, unit.getLevel(), year, texts.parts(reportId))));
    }

    private static Doc doc(Report report, UnitLevel level, int year, Map<Part, String> parts) {
        return new Doc(
                report.getId(),
                report.getUnitId(),
                level,
                year,
                report.getTitle(),
                report.getIndexNo(),
                report.getPublishedAt(),
                body(report.getTitle(), parts));
    }

    /**
     * Adds reports that the index does not hold yet, in the caller's transaction: their documents, then
     * all their grams sorted by (gram, report), so the postings are written in key order, by multi-row
     * INSERTs sent as JDBC batches.
     */
    public void insert(List<Doc> docs) {
        if (docs.isEmpty()) {
            return;
        }
        List<Object[]> docRows = new ArrayList<>(docs.size());
        int grams = 0;
        List<long[]> perDoc = new ArrayList<>(docs.size());
        for (Doc d : docs) {
            docRows.add(new Object[] {
                d.reportId(),
                d.unitId(),
                d.level().name(),
                d.year(),
                d.title(),
                d.indexNo(),
                Timestamp.from(d.publishedAt()),
                d.body()
            });
            long[] g =
                    Grams.ofText(d.body()).stream().mapToLong(Long::longValue).toArray();
            perDoc.add(g);
            grams += g.length;
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_search_doc (report_id, unit_id, unit_level, report_year, title, index_no, "
                        + "published_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                docRows);
        // (gram, report) packed into one long, the sign bit flipped so that signed order is unsigned order
        long[] keys = new long[grams];
        int k = 0;
        for (int i = 0; i < docs.size(); i++) {
            long reportId = docs.get(i).reportId();
            if (reportId < 0 || reportId > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("report id out of range for the index: " + reportId);
            }
            for (long g : perDoc.get(i)) {
                keys[k++] = ((g << 32) | reportId) ^ Long.MIN_VALUE;
            }
        }
        perDoc.clear();
        Arrays.sort(keys);
        String sql = "INSERT INTO rc_search_gram (gram, report_id) VALUES "
                + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, "(?, ?)"));
        int full = keys.length / ROWS_PER_INSERT;
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                int p = 1;
                for (int r = i * ROWS_PER_INSERT; r < (i + 1) * ROWS_PER_INSERT; r++) {
                    long key = keys[r] ^ Long.MIN_VALUE;
                    ps.setLong(p++, key >>> 32);
                    ps.setLong(p++, key & 0xFFFF_FFFFL);
                }
            }

            @Override
            public int getBatchSize() {
                return full;
            }
        });
        List<Object[]> rest = new ArrayList<>();
        for (int r = full * ROWS_PER_INSERT; r < keys.length; r++) {
            long key = keys[r] ^ Long.MIN_VALUE;
            rest.add(new Object[] {key >>> 32, key & 0xFFFF_FFFFL});
        }
        jdbc.batchUpdate("INSERT INTO rc_search_gram (gram, report_id) VALUES (?, ?)", rest);
    }

    @Transactional
    public void remove(Long reportId) {
        jdbc.update("DELETE FROM rc_search_gram WHERE report_id = ?", reportId);
        jdbc.update("DELETE FROM rc_search_doc WHERE report_id = ?", reportId);
    }

    /** Indexes the published reports the index does not hold yet, a chunk per transaction; returns how many. */
    public int indexMissing() {
        Set<Long> indexed = new HashSet<>(jdbc.queryForList("SELECT report_id FROM rc_search_doc", Long.class));
        List<Long> missing = texts.publishedIds().stream()
                .filter(id -> !indexed.contains(id))
                .toList();
        Map<Long, Integer> years = new HashMap<>();
        cycles.all().forEach(c -> years.put(c.getId(), c.getReportYear()));
        int count = 0;
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<Long> chunk = missing.subList(i, Math.min(missing.size(), i + CHUNK));
            Integer n = tx.execute(status -> {
                List<Report> reports = texts.publishedReports(chunk);
                Map<Long, Map<Part, String>> parts = texts.parts(chunk);
                Map<Long, Unit> units = organization.unitsById(
                        reports.stream().map(Report::getUnitId).distinct().toList());
                List<Doc> docs = reports.stream()
                        .sorted(Comparator.comparing(Report::getId))
                        .map(r -> doc(
                                r,
                                units.get(r.getUnitId()).getLevel(),
                                years.get(r.getCycleId()),
                                parts.getOrDefault(r.getId(), Map.of())))
                        .toList();
                insert(docs);
                return docs.size();
            });
            count += n == null ? 0 : n;
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
