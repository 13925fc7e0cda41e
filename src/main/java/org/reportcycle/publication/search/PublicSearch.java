package org.reportcycle.publication.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.shared.UnitLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Search and paged listing of published reports over the n-gram index. A search looks up how many
 * reports hold each gram of the query (counting at most {@value #DF_CAP} postings per gram through
 * the primary key). When some gram is rare, it joins the postings of the {@value #JOIN_GRAMS} rarest
 * grams by primary key and verifies every term on the stored body — all candidates when there are at
 * most {@value #VERIFY_ALL}, otherwise as many as the page needs. When every gram is common, it walks
 * the reports newest first and stops when the page is full. Where not every candidate was verified the
 * total is an estimate ({@code totalExact} false).
 */
@Service
public class PublicSearch {

    static final int DF_CAP = 10_000;
    static final int JOIN_GRAMS = 4;
    static final int VERIFY_ALL = 1_000;
    static final int MAX_CANDIDATES = 200_000;
    static final int MAX_TERMS = 8;
    static final int MAX_QUERY = 100;
    static final int CHUNK = 100;

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    /** A gram held by this many reports or more is common (tests lower it to exercise the common plan). */
    private volatile int commonFrom = DF_CAP;

    public PublicSearch(JdbcTemplate jdbc, OrganizationService organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** Sets from how many reports a gram counts as common; returns the previous value (for tests). */
    int commonFrom(int reports) {
        int previous = commonFrom;
        commonFrom = reports;
        return previous;
    }

    /** Filters shared by the portal's lists, its search and the open-data API; nulls mean any. */
    public record Filter(Integer year, UnitLevel level, Long unitId) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    /** A page of published reports; {@code totalExact} is false when {@code total} is an upper bound. */
    public record Page(List<Hit> hits, long total, boolean totalExact, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** One published report in a list or search result, with highlighted passages for a search. */
    public record Hit(
            Long reportId,
            String title,
            int year,
            Long unitId,
            String unitName,
            UnitLevel level,
            String indexNo,
            Instant publishedAt,
            List<Passage> passages) {}

    /** A passage of a report around a match: text before, the match, text after (all plain text). */
    public record Passage(String before, String match, String after) {}

    private record Doc(
            Long id, Long unitId, String level, int year, String title, Instant publishedAt, String indexNo) {}

    /** Published reports newest first, filtered and paged (no query). */
    public Page list(Filter filter, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args, "d");
        Long total = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_search_doc d WHERE 1 = 1" + where, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        List<Doc> docs = jdbc.query(
                "SELECT d.report_id, d.unit_id, d.unit_level, d.report_year, d.title, "
                        + "d.published_at, d.index_no FROM rc_search_doc d WHERE 1 = 1" + where
                        + " ORDER BY d.published_at DESC, d.report_id DESC LIMIT ? OFFSET ?",
                (rs, i) -> doc(rs),
                args.toArray());
        Map<Long, Unit> units =
                organization.unitsById(docs.stream().map(Doc::unitId).distinct().toList());
        List<Hit> hits = docs.stream().map(d -> hit(d, units, List.of())).toList();
        return new Page(hits, total == null ? 0 : total, true, page, size);
    }

    /** Published reports holding every term of the query (runs of letters/digits), newest first. */
    public Page search(String query, Filter filter, int page, int size) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
        List<String> terms = Grams.terms(q);
        if (terms.isEmpty()) {
            return new Page(List.of(), 0, true, page, size);
        }
        if (terms.size() > MAX_TERMS) {
            terms = terms.subList(0, MAX_TERMS);
        }
        Set<Long> grams = new LinkedHashSet<>();
        terms.forEach(t -> grams.addAll(Grams.ofTerm(t)));
        Map<Long, Integer> df = new HashMap<>();
        for (Long g : grams) {
            Integer n = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM (SELECT report_id FROM rc_search_gram WHERE gram = ? " + "LIMIT " + DF_CAP
                            + ") p",
                    Integer.class,
                    g);
            if (n == null || n == 0) {
                return new Page(List.of(), 0, true, page, size);
            }
            df.put(g, n);
        }
        List<Long> join = grams.stream()
                .sorted(Comparator.comparing(df::get))
                .limit(JOIN_GRAMS)
                .toList();
        boolean gramsExact = join.size() == grams.size() && terms.stream().allMatch(t -> t.length() <= 2);
        Verified v = df.get(join.getFirst()) < commonFrom
                ? rarePlan(join, filter, terms, page, size, gramsExact)
                : commonPlan(join, df.get(join.getFirst()), filter, terms, page, size);
        Map<Long, Doc> docs = docs(v.pageIds());
        Map<Long, Unit> units = organization.unitsById(
                docs.values().stream().map(Doc::unitId).distinct().toList());
        List<String> finalTerms = terms;
        List<Hit> hits = v.pageIds().stream()
                .filter(docs::containsKey)
                .map(id -> hit(docs.get(id), units, passages(v.bodies().get(id), finalTerms)))
                .toList();
        return new Page(hits, v.total(), v.exact(), page, size);
    }

    /** The page's report ids with their bodies, and the total (exact, or an estimate). */
    private record Verified(List<Long> pageIds, Map<Long, String> bodies, long total, boolean exact) {}

    /** Collects verified matches from candidate chunks; keeps the bodies of the requested page. */
    private final class Matcher {
        final List<String> terms;
        final int from;
        final int wanted;
        final List<Long> matches = new ArrayList<>();
        final Map<Long, String> bodies = new HashMap<>();

        Matcher(List<String> terms, int page, int size) {
            this.terms = terms;
            this.from = page * size;
            this.wanted = (page + 1) * size;
        }

        void verify(List<Long> chunk) {
            Map<Long, String> loaded = bodies(chunk);
            for (Long id : chunk) {
                String body = loaded.get(id);
                if (body != null && containsAll(Grams.normalize(body), terms)) {
                    matches.add(id);
                    if (matches.size() > from && matches.size() <= wanted) {
                        bodies.put(id, body);
                    }
                }
            }
        }

        boolean full() {
            return matches.size() > wanted;
        }

        List<Long> pageIds() {
            return matches.subList(Math.min(matches.size(), from), Math.min(matches.size(), wanted));
        }
    }

    /**
     * Some gram is held by fewer than {@value #DF_CAP} reports: drive from its postings, join the others
     * by primary key, verify the candidates (all of them when few, otherwise as many as the page needs).
     */
    private Verified rarePlan(
            List<Long> join, Filter filter, List<String> terms, int page, int size, boolean gramsExact) {
        List<Long> candidates = candidates(join, filter);
        Matcher m = new Matcher(terms, page, size);
        boolean verifyAll = !gramsExact && candidates.size() <= VERIFY_ALL;
        int verified = 0;
        while (verified < candidates.size() && (verifyAll || !m.full())) {
            List<Long> chunk = candidates.subList(verified, Math.min(candidates.size(), verified + CHUNK));
            m.verify(chunk);
            verified += chunk.size();
        }
        if (gramsExact) {
            return new Verified(m.pageIds(), m.bodies, candidates.size(), true);
        }
        return new Verified(
                m.pageIds(),
                m.bodies,
                m.matches.size() + (candidates.size() - verified),
                verified == candidates.size());
    }

    /**
     * Every gram is common: walk the reports newest first (index on the publication time) keeping those
     * that hold the grams (primary-key lookups), verify chunk by chunk and stop once the page is full.
     * Unless the walk reached the end, the total is then the number of reports holding the rarest gram
     * (counted up to {@value #DF_CAP}), an upper bound.
     */
    private Verified commonPlan(List<Long> join, int rarest, Filter filter, List<String> terms, int page, int size) {
        Matcher m = new Matcher(terms, page, size);
        int batch = Math.max(CHUNK, 2 * (page + 1) * size);
        int offset = 0;
        boolean exhausted = false;
        int unverified = 0;
        while (!m.full() && !exhausted && offset < MAX_CANDIDATES) {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT d.report_id FROM rc_search_doc d WHERE 1 = 1" + where(filter, args, "d")
                    + exists(join, args) + " ORDER BY d.published_at DESC, d.report_id DESC LIMIT " + batch
                    + " OFFSET " + offset;
            List<Long> ids = jdbc.queryForList(sql, Long.class, args.toArray());
            // most walked reports match: load only as many bodies as the page still needs (at least 10)
            int i = 0;
            while (i < ids.size() && !m.full()) {
                int n = Math.max(10, Math.min(CHUNK, m.wanted + 1 - m.matches.size()));
                m.verify(ids.subList(i, Math.min(ids.size(), i + n)));
                i = Math.min(ids.size(), i + n);
            }
            unverified = ids.size() - i;
            offset += ids.size();
            exhausted = ids.size() < batch;
        }
        if (exhausted) {
            // every report holding the grams was walked: exact unless the page filled up before the last ones
            return new Verified(m.pageIds(), m.bodies, m.matches.size() + unverified, unverified == 0);
        }
        // Counting the reports that hold every gram reads thousands of postings per query (60 ms on MariaDB at
        // 10,000 reports for 「行政执法」): the rarest gram's count is the upper bound shown instead.
        return new Verified(m.pageIds(), m.bodies, Math.max(rarest, m.matches.size()), false);
    }

    private static String exists(List<Long> join, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        for (Long g : join) {
            sql.append(" AND EXISTS (SELECT 1 FROM rc_search_gram g WHERE g.gram = ? AND g.report_id = d.report_id)");
            args.add(g);
        }
        return sql.toString();
    }

    private List<Long> candidates(List<Long> join, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT g0.report_id FROM rc_search_gram g0");
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < join.size(); i++) {
            sql.append(" JOIN rc_search_gram g")
                    .append(i)
                    .append(" ON g")
                    .append(i)
                    .append(".gram = ? AND g")
                    .append(i)
                    .append(".report_id = g0.report_id");
            args.add(join.get(i));
        }
        sql.append(" JOIN rc_search_doc d ON d.report_id = g0.report_id WHERE g0.gram = ?");
        args.add(join.get(0));
        sql.append(where(filter, args, "d"));
        sql.append(" ORDER BY d.published_at DESC, d.report_id DESC LIMIT ").append(MAX_CANDIDATES);
        return jdbc.queryForList(sql.toString(), Long.class, args.toArray());
    }

    private static String where(Filter filter, List<Object> args, String alias) {
        StringBuilder where = new StringBuilder();
        if (filter.year() != null) {
            where.append(" AND ").append(alias).append(".report_year = ?");
            args.add(filter.year());
        }
        if (filter.level() != null) {
            where.append(" AND ").append(alias).append(".unit_level = ?");
            args.add(filter.level().name());
        }
        if (filter.unitId() != null) {
            where.append(" AND ").append(alias).append(".unit_id = ?");
            args.add(filter.unitId());
        }
        return where.toString();
    }

    private Map<Long, String> bodies(List<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    "SELECT report_id, body FROM rc_search_doc WHERE report_id IN ("
                            + SearchIndex.placeholders(ids.size()) + ")",
                    rs -> {
                        bodies.put(rs.getLong(1), rs.getString(2));
                    },
                    ids.toArray());
        }
        return bodies;
    }

    private Map<Long, Doc> docs(List<Long> ids) {
        Map<Long, Doc> docs = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    "SELECT d.report_id, d.unit_id, d.unit_level, d.report_year, d.title, d.published_at, d.index_no "
                            + "FROM rc_search_doc d WHERE d.report_id IN (" + SearchIndex.placeholders(ids.size())
                            + ")",
                    rs -> {
                        Doc d = doc(rs);
                        docs.put(d.id(), d);
                    },
                    ids.toArray());
        }
        return docs;
    }

    private static Doc doc(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(6);
        return new Doc(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getInt(4),
                rs.getString(5),
                at == null ? null : at.toInstant(),
                rs.getString(7));
    }

    private static Hit hit(Doc d, Map<Long, Unit> units, List<Passage> passages) {
        Unit unit = units.get(d.unitId());
        return new Hit(
                d.id(),
                d.title(),
                d.year(),
                d.unitId(),
                unit == null ? "" : unit.getName(),
                UnitLevel.valueOf(d.level()),
                d.indexNo(),
                d.publishedAt(),
                passages);
    }

    static boolean containsAll(String normalizedBody, List<String> terms) {
        for (String t : terms) {
            if (!normalizedBody.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Up to three passages around the first match of each term, within its paragraph. */
    static List<Passage> passages(String body, List<String> terms) {
        if (body == null) {
            return List.of();
        }
        String normalized = Grams.normalize(body);
        int titleEnd = body.indexOf('\n') < 0 ? body.length() : body.indexOf('\n');
        List<Passage> passages = new ArrayList<>();
        for (String t : terms) {
            int at = normalized.indexOf(t, titleEnd);
            if (at < 0) {
                at = normalized.indexOf(t);
            }
            if (at < 0 || passages.size() == 3) {
                continue;
            }
            int lineStart = body.lastIndexOf('\n', at) + 1;
            int lineEnd = body.indexOf('\n', at + t.length());
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            int from = Math.max(lineStart, at - 40);
            int to = Math.min(lineEnd, at + t.length() + 60);
            passages.add(new Passage(
                    (from > lineStart ? "…" : "") + body.substring(from, at),
                    body.substring(at, at + t.length()),
                    body.substring(at + t.length(), to) + (to < lineEnd ? "…" : "")));
        }
        return passages;
    }
}
