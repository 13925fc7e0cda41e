package org.reportcycle.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.reportcycle.publication.search.SearchIndex;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.StoredContent;
import org.reportcycle.report.export.FixtureReports;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UnitLevel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a province for the benchmark straight into the database with JDBC batches: counties, each with
 * its departments, townships and street offices (about 100 units per county); four people per unit (drafter,
 * two leaders in sign-off order, committee secretary) plus legal advisors who each serve 30 units; and past
 * years of published reports whose texts are the real fixture reports re-addressed to each unit and year.
 * One transaction per chunk of rows. The published reports are also put in the portal's search index, through
 * the application's bulk indexer ({@link SearchIndex#insert}). Users' password is {@code demo}.
 */
final class BenchData {

    /** How many units one legal advisor serves (BENCHMARKS.md, S3). */
    static final int UNITS_PER_LEGAL = 30;

    private static final int UNITS_PER_COUNTY = 100;
    private static final int CHUNK = 500;
    /**
     * Reports whose search postings are sorted and written together, in one transaction. Not more: Connector/J
     * holds a whole JDBC batch's bound parameters in memory, and 10,000 reports' 12 million postings ran a 2 GB
     * heap out of memory at full scale.
     */
    private static final int INDEX_SLICE = 2_000;
    /** Characters kept of each fixture part: keeps 100,000 historical reports within a few GB. */
    private static final int PART_CHARS = 600;

    private static final String[] FIRST = {
        "安", "宝", "长", "大", "东", "丰", "广", "和", "华", "建", "金", "景", "乐", "临", "龙", "南", "平", "清", "仁", "瑞", "沙", "上",
        "顺", "太", "通", "万", "文", "西", "新", "兴", "永", "玉", "云", "泽", "正", "中"
    };
    private static final String[] SECOND = {
        "安", "宁", "平", "江", "山", "河", "阳", "城", "源", "丰", "泉", "林", "川", "湖", "州", "台", "溪", "口", "桥", "峰"
    };
    private static final String[] DEPARTMENTS = {
        "司法局",
        "教育局",
        "公安局",
        "民政局",
        "财政局",
        "人力资源和社会保障局",
        "自然资源局",
        "生态环境局",
        "住房和城乡建设局",
        "交通运输局",
        "水利局",
        "农业农村局",
        "商务局",
        "文化和旅游局",
        "卫生健康委员会",
        "应急管理局",
        "审计局",
        "市场监督管理局",
        "统计局",
        "医疗保障局",
        "林业局",
        "城市管理局",
        "信访局",
        "退役军人事务局",
        "发展和改革局",
        "工业和信息化局",
        "科学技术局",
        "档案局",
        "人民政府办公室",
        "数据局"
    };

    /** A generated unit and its people's usernames. */
    record BenchUnit(Long id, String code, String name, UnitLevel level, int index) {
        String drafter() {
            return code + "-drafter";
        }

        String leader(int place) {
            return code + "-leader" + place;
        }

        String secretary() {
            return code + "-secretary";
        }

        String legal() {
            return "legal" + index / UNITS_PER_LEGAL;
        }
    }

    /** What was generated, with the time it took. */
    record Generated(List<BenchUnit> units, int users, int historicalReports, long millis) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String passwordHash;
    private final SearchIndex searchIndex;

    BenchData(
            JdbcTemplate jdbc, PlatformTransactionManager transactions, String passwordHash, SearchIndex searchIndex) {
        this.searchIndex = searchIndex;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.passwordHash = passwordHash;
    }

    /** True when the database holds no units yet (the benchmark needs an empty database). */
    boolean empty() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM rc_unit", Long.class) == 0;
    }

    /** Whether the published reports also go into the search index (S5 needs it; it takes most of the time). */
    private boolean withSearchIndex = true;

    BenchData withSearchIndex(boolean with) {
        this.withSearchIndex = with;
        return this;
    }

    Generated generate(int unitCount, int currentYear, int historyYears, Consumer<String> log) {
        long t0 = System.currentTimeMillis();
        List<BenchUnit> units = units(unitCount);
        log.accept(units.size() + " units in " + (System.currentTimeMillis() - t0) + " ms");
        int users = people(units);
        log.accept(users + " people in " + (System.currentTimeMillis() - t0) + " ms");
        int reports = 0;
        List<FixtureReports.Fixture> fixtures = FixtureReports.all();
        for (int year = currentYear - historyYears; year < currentYear; year++) {
            reports += publishedYear(units, year, fixtures);
            log.accept("published reports of " + year + " in " + (System.currentTimeMillis() - t0) + " ms");
        }
        return new Generated(units, users, reports, System.currentTimeMillis() - t0);
    }

    private List<BenchUnit> units(int count) {
        int counties = Math.max(1, (count + UNITS_PER_COUNTY - 1) / UNITS_PER_COUNTY);
        List<Object[]> countyRows = new ArrayList<>();
        for (int c = 0; c < counties; c++) {
            countyRows.add(new Object[] {"c" + c, placeName(c) + "县", UnitLevel.COUNTY.name(), null});
        }
        insertUnits(countyRows);
        Map<String, Long> ids = unitIds();
        List<Object[]> childRows = new ArrayList<>();
        int remaining = count - counties;
        for (int c = 0; c < counties && remaining > 0; c++) {
            String county = placeName(c) + "县";
            Long parent = ids.get("c" + c);
            int children = Math.min(remaining, UNITS_PER_COUNTY - 1);
            for (int j = 0; j < children; j++) {
                childRows.add(child(c, j, county, parent));
            }
            remaining -= children;
        }
        insertUnits(childRows);
        ids = unitIds();
        // county first, then its children, so that each legal advisor's 30 units lie in one county
        List<BenchUnit> units = new ArrayList<>();
        for (int c = 0; c < counties; c++) {
            add(units, ids, countyRows.get(c));
            for (Object[] row : childRows) {
                if (row[0].toString().startsWith("c" + c + "-")) {
                    add(units, ids, row);
                }
            }
        }
        return units;
    }

    private static void add(List<BenchUnit> units, Map<String, Long> ids, Object[] row) {
        String code = (String) row[0];
        units.add(
                new BenchUnit(ids.get(code), code, (String) row[1], UnitLevel.valueOf((String) row[2]), units.size()));
    }

    private static Object[] child(int county, int j, String countyName, Long parent) {
        if (j < DEPARTMENTS.length) {
            return new Object[] {
                "c" + county + "-d" + j, countyName + DEPARTMENTS[j], UnitLevel.DEPARTMENT.name(), parent
            };
        }
        if (j % 2 == 0) {
            return new Object[] {
                "c" + county + "-t" + j,
                placeName(county * 7 + j) + (j % 6 == 0 ? "乡" : "镇"),
                UnitLevel.TOWNSHIP.name(),
                parent
            };
        }
        return new Object[] {"c" + county + "-s" + j, placeName(county * 11 + j) + "街道", UnitLevel.STREET.name(), parent
        };
    }

    private static String placeName(int n) {
        return FIRST[n % FIRST.length] + SECOND[(n / FIRST.length) % SECOND.length];
    }

    private void insertUnits(List<Object[]> rows) {
        chunks(
                rows,
                chunk -> jdbc.batchUpdate(
                        "INSERT INTO rc_unit (code, name, level, parent_id, active) VALUES (?, ?, ?, ?, TRUE)", chunk));
    }

    private Map<String, Long> unitIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, code FROM rc_unit", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        return ids;
    }

    private int people(List<BenchUnit> units) {
        List<Object[]> users = new ArrayList<>();
        users.add(userRow("admin", "管理员", true));
        for (BenchUnit u : units) {
            users.add(userRow(u.drafter(), u.name() + "起草人", false));
            users.add(userRow(u.leader(1), u.name() + "分管领导", false));
            users.add(userRow(u.leader(2), u.name() + "主要负责人", false));
            users.add(userRow(u.secretary(), u.name() + "会议记录人", false));
            if (u.index() % UNITS_PER_LEGAL == 0) {
                users.add(userRow(u.legal(), "法律顾问" + u.index() / UNITS_PER_LEGAL, false));
            }
        }
        chunks(
                users,
                chunk -> jdbc.batchUpdate(
                        "INSERT INTO rc_user (username, display_name, password_hash, email, "
                                + "locale, administrator, active) VALUES (?, ?, ?, ?, 'zh', ?, TRUE)",
                        chunk));
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, username FROM rc_user", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<Object[]> memberships = new ArrayList<>();
        for (BenchUnit u : units) {
            memberships.add(new Object[] {ids.get(u.drafter()), u.id(), "DRAFTER", 0});
            memberships.add(new Object[] {ids.get(u.legal()), u.id(), "LEGAL", 0});
            memberships.add(new Object[] {ids.get(u.leader(1)), u.id(), "LEADER", 1});
            memberships.add(new Object[] {ids.get(u.leader(2)), u.id(), "LEADER", 2});
            memberships.add(new Object[] {ids.get(u.secretary()), u.id(), "SECRETARY", 0});
        }
        chunks(
                memberships,
                chunk -> jdbc.batchUpdate(
                        "INSERT INTO rc_membership (user_id, unit_id, role, sign_order) VALUES (?, ?, ?, ?)", chunk));
        return users.size();
    }

    private Object[] userRow(String username, String displayName, boolean administrator) {
        return new Object[] {username, displayName, passwordHash, username + "@example.org", administrator};
    }

    private int publishedYear(List<BenchUnit> units, int year, List<FixtureReports.Fixture> fixtures) {
        Timestamp opened = ts(LocalDate.of(year + 1, 1, 5));
        jdbc.update(
                "INSERT INTO rc_cycle (report_year, name, opened_at) VALUES (?, ?, ?)",
                year,
                year + "年度法治政府建设年度报告",
                opened);
        Long cycleId = jdbc.queryForObject("SELECT id FROM rc_cycle WHERE report_year = ?", Long.class, year);
        Timestamp published = ts(LocalDate.of(year + 1, 3, 31));
        Date written = Date.valueOf(LocalDate.of(year + 1, 3, 20));
        List<Object[]> reports = new ArrayList<>();
        for (BenchUnit u : units) {
            reports.add(new Object[] {
                cycleId,
                u.id(),
                title(u, year),
                published,
                1,
                u.code() + "-" + year,
                u.name(),
                written,
                published,
                published,
                published
            });
        }
        chunks(
                reports,
                chunk -> jdbc.batchUpdate(
                        "INSERT INTO rc_report (cycle_id, unit_id, title, step, step_since, "
                                + "current_version, row_version, index_no, issuer, written_on, published_at, filed_at, office_state, "
                                + "office_decided_at, office_decided_by) VALUES (?, ?, ?, 'PUBLISHED', ?, ?, 0, ?, ?, ?, ?, ?, 'ACCEPTED', ?, "
                                + "'admin')",
                        chunk));
        Map<Long, Long> reportByUnit = new HashMap<>();
        jdbc.query(
                "SELECT id, unit_id FROM rc_report WHERE cycle_id = ?",
                rs -> {
                    reportByUnit.put(rs.getLong(2), rs.getLong(1));
                },
                cycleId);
        List<BenchUnit> pending = new ArrayList<>();
        List<SearchIndex.Doc> docs = new ArrayList<>();
        for (BenchUnit u : units) {
            pending.add(u);
            if (pending.size() == CHUNK) {
                texts(pending, year, fixtures, reportByUnit, published, docs);
                pending.clear();
            }
        }
        texts(pending, year, fixtures, reportByUnit, published, docs);
        // the portal's search index, by the application's own bulk indexer, in slices of sorted postings
        for (int i = 0; withSearchIndex && i < docs.size(); i += INDEX_SLICE) {
            List<SearchIndex.Doc> slice = docs.subList(i, Math.min(docs.size(), i + INDEX_SLICE));
            tx.executeWithoutResult(s -> searchIndex.insert(slice));
        }
        return units.size();
    }

    private void texts(
            List<BenchUnit> chunk,
            int year,
            List<FixtureReports.Fixture> fixtures,
            Map<Long, Long> reportByUnit,
            Timestamp at,
            List<SearchIndex.Doc> docs) {
        if (chunk.isEmpty()) {
            return;
        }
        List<Object[]> parts = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        for (BenchUnit u : chunk) {
            Long reportId = reportByUnit.get(u.id());
            ReportText text = historicalText(u, year, fixtures.get(Math.floorMod(u.index() + year, fixtures.size())));
            for (Part part : Part.values()) {
                parts.add(new Object[] {reportId, part.code(), text.part(part)});
            }
            docs.add(new SearchIndex.Doc(
                    reportId,
                    u.id(),
                    u.level(),
                    year,
                    text.title(),
                    u.code() + "-" + year,
                    at.toInstant(),
                    SearchIndex.body(text.title(), text.parts())));
            String content = StoredContent.encode(text);
            versions.add(new Object[] {reportId, u.drafter(), at, StoredContent.hash(content), content});
        }
        tx.executeWithoutResult(s -> {
            jdbc.batchUpdate(
                    "INSERT INTO rc_report_part (report_id, part, content, row_version) VALUES (?, ?, ?, 0)", parts);
            jdbc.batchUpdate(
                    "INSERT INTO rc_report_version (report_id, version_no, author, created_at, reason, note, "
                            + "content_hash, content) VALUES (?, 1, ?, ?, 'PUBLISHED', NULL, ?, ?)",
                    versions);
        });
    }

    /** A fixture report re-addressed to the unit and year, each part cut to its first paragraphs. */
    static ReportText historicalText(BenchUnit unit, int year, FixtureReports.Fixture fixture) {
        Map<Part, String> parts = new LinkedHashMap<>();
        fixture.text()
                .parts()
                .forEach((part, text) -> parts.put(part, readdress(cut(text), fixture, unit.name(), year)));
        return new ReportText(title(unit, year), parts);
    }

    private static String cut(String text) {
        if (text.length() <= PART_CHARS) {
            return text;
        }
        int end = text.lastIndexOf('\n', PART_CHARS);
        return text.substring(0, end > PART_CHARS / 3 ? end + 1 : PART_CHARS);
    }

    private static String readdress(String text, FixtureReports.Fixture fixture, String unitName, int year) {
        return text.replace(fixture.unit(), unitName)
                .replace(String.valueOf(fixture.year() + 1), "\u0000")
                .replace(String.valueOf(fixture.year()), String.valueOf(year))
                .replace("\u0000", String.valueOf(year + 1));
    }

    private static String title(BenchUnit unit, int year) {
        return unit.name() + year + "年法治政府建设年度报告";
    }

    private static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private void chunks(List<Object[]> rows, Consumer<List<Object[]>> insert) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            List<Object[]> chunk = rows.subList(i, Math.min(rows.size(), i + CHUNK));
            tx.executeWithoutResult(s -> insert.accept(chunk));
        }
    }
}
