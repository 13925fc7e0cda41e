package org.reportcycle.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.type.descriptor.ValueBinder;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a report that the workflow makes while carrying it from step to step. These methods do
 * not check the caller: the workflow's step services do that before calling them, in the same
 * transaction. The module-boundary test keeps other features from calling this class.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReportLifecycle {

    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final ReportContentCodec codec;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager entityManager;

    public ReportLifecycle(
            ReportRepository reports,
            ReportPartRepository parts,
            ReportContentCodec codec,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.parts = parts;
        this.codec = codec;
        this.clock = clock;
    }

    /** The fixed title form: 〈unit〉〈year〉年法治政府建设年度报告. */
    public static String standardTitle(String unitName, int year) {
        return unitName + year + "年法治政府建设年度报告";
    }

    public Report create(Long cycleId, Long unitId, ReportText text, String author) {
        Report report = reports.save(new Report(cycleId, unitId, text.title(), Instant.now(clock)));
        for (Part part : Part.values()) {
            parts.save(new ReportPart(report.getId(), part, text.part(part)));
        }
        snapshot(report, VersionReason.CREATED, author, null);
        return report;
    }

    /** A report to create: the unit and its first text. */
    public record NewReport(Long unitId, ReportText text) {}

    /**
     * Creates many reports of a cycle with their parts and first versions, as {@link #create} does for one, in
     * three JDBC batches (reports, parts, versions: multi-row statements on MySQL) and one query that reads the
     * new reports back as entities (their ids, and managed for the process starts that follow). Times are
     * bound by Hibernate's own binders of the entities' attributes, so they are stored exactly as JPA stores
     * them; the version content is encoded from the given text rather than read back. Returns the reports in
     * the given order.
     */
    public List<Report> createAll(Long cycleId, List<NewReport> newReports, String author) {
        if (newReports.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        ValueBinder<Object> stepSince = binder(session, Report.class, "stepSince");
        ValueBinder<Object> createdAt = binder(session, ReportVersion.class, "createdAt");
        session.flush(); // the caller's pending entity changes go first (the reports refer to the cycle)
        jdbc.batchUpdate(
                "INSERT INTO rc_report (cycle_id, unit_id, title, step, step_since, current_version, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, 1, 0)",
                newReports,
                newReports.size(),
                (ps, n) -> {
                    ps.setLong(1, cycleId);
                    ps.setLong(2, n.unitId());
                    ps.setString(3, n.text().title());
                    ps.setString(4, Step.DRAFT.name());
                    stepSince.bind(ps, now, 5, session);
                });
        Map<Long, Report> byUnit = new HashMap<>();
        reports.findByCycleIdAndUnitIdIn(
                        cycleId, newReports.stream().map(NewReport::unitId).toList())
                .forEach(r -> byUnit.put(r.getUnitId(), r));
        List<Report> created = new ArrayList<>(newReports.size());
        List<Object[]> partRows = new ArrayList<>(newReports.size() * Part.values().length);
        List<Object[]> versionRows = new ArrayList<>(newReports.size());
        for (NewReport n : newReports) {
            Report report = byUnit.get(n.unitId());
            Map<Part, String> texts = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                texts.put(part, n.text().part(part));
                partRows.add(new Object[] {report.getId(), part.code(), n.text().part(part)});
            }
            String content = codec.encode(new ReportText(report.getTitle(), texts));
            versionRows.add(new Object[] {report.getId(), codec.hash(content), content});
            created.add(report);
        }
        jdbc.batchUpdate(
                "INSERT INTO rc_report_part (report_id, part, content, row_version) VALUES (?, ?, ?, 0)", partRows);
        jdbc.batchUpdate(
                "INSERT INTO rc_report_version (report_id, version_no, author, created_at, reason, note,"
                        + " content_hash, content) VALUES (?, 1, ?, ?, ?, NULL, ?, ?)",
                versionRows,
                versionRows.size(),
                (ps, row) -> {
                    ps.setLong(1, (Long) row[0]);
                    ps.setString(2, author);
                    createdAt.bind(ps, now, 3, session);
                    ps.setString(4, VersionReason.CREATED.name());
                    ps.setString(5, (String) row[1]);
                    ps.setString(6, (String) row[2]);
                });
        return created;
    }

    /** Hibernate's binder of an entity's basic attribute: a value bound by it is stored as JPA stores it. */
    @SuppressWarnings("unchecked")
    private static ValueBinder<Object> binder(
            SharedSessionContractImplementor session, Class<?> entity, String attribute) {
        return (ValueBinder<Object>) session.getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(entity)
                .findAttributeMapping(attribute)
                .getSingleJdbcMapping()
                .getJdbcValueBinder();
    }

    /** The units among these that have a report in the cycle (one query). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<Long> unitsWithReport(Long cycleId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(reports.unitsWithReport(cycleId, unitIds));
    }

    /** These reports, in no particular order (missing ids are left out). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Report> reports(Collection<Long> reportIds) {
        return reports.findAllById(reportIds);
    }

    /** The unit's report of the cycle, if it was opened. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Report> report(Long cycleId, Long unitId) {
        return reports.findByCycleIdAndUnitId(cycleId, unitId);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Report report(Long reportId) {
        // the persistence context's own find: a step asks for its report several times (each task's due date), and
        // the repository's interceptors cost more than finding the report already loaded
        return existing(entityManager.find(Report.class, reportId), reportId);
    }

    /**
     * The report, locked until the transaction ends, for a step decision: a second decision on the same
     * report waits and then finds the step already taken.
     */
    public Report reportForDecision(Long reportId) {
        return locked(reportId);
    }

    public void attachProcess(Report report, String processInstanceId) {
        report.attachProcess(processInstanceId);
    }

    public void moveTo(Report report, Step step) {
        report.moveTo(step, Instant.now(clock));
        write(report);
    }

    public void publish(Report report, String indexNo, String issuer, LocalDate writtenOn) {
        report.publish(indexNo, issuer, writtenOn, Instant.now(clock));
        write(report);
    }

    /** Rewrites parts of a published report for a correction (the caller checked who may correct). */
    public void correct(Report report, Map<Part, String> texts) {
        if (report.getStep() != Step.PUBLISHED) {
            throw new IllegalStateException("only a published report is corrected");
        }
        Map<Part, ReportPart> current = new EnumMap<>(Part.class);
        parts.findByReportId(report.getId()).forEach(p -> current.put(p.getPart(), p));
        texts.forEach((part, text) -> {
            ReportPart existing = current.get(part);
            if (existing == null) {
                parts.save(new ReportPart(report.getId(), part, text));
            } else {
                existing.rewrite(text);
            }
        });
        parts.flush();
    }

    /**
     * The unit files the report with the supervising office (报送). The step's decision follows in the same
     * transaction and moves the report ({@link #moveTo}), which writes both changes in one statement.
     */
    public void file(Report report) {
        report.file(Instant.now(clock));
        writeUnlessManaged(report);
    }

    /** The supervising office accepts a filed report or sends it back (written with the move that follows). */
    public void officeDecides(Report report, Report.OfficeState state, String by, String note) {
        report.officeDecides(state, by, note, Instant.now(clock));
        writeUnlessManaged(report);
    }

    /** Reports filed with the office for a cycle, newest first. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<Report> filed(Long cycleId) {
        return reports.findByCycleIdAndFiledAtIsNotNullOrderByFiledAtDesc(cycleId);
    }

    /** Records the report's current text as a new version and returns its number. */
    public int snapshot(Report report, VersionReason reason, String author, String note) {
        return snapshot(report, storedText(report), reason, author, note);
    }

    /** The report's text as stored now: its title and every part. */
    public ReportText storedText(Report report) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        parts.findByReportId(report.getId()).forEach(p -> texts.put(p.getPart(), p.getContent()));
        return new ReportText(report.getTitle(), texts);
    }

    /** Records {@code stored}, the report's current text as {@link #storedText} read it, as a new version. */
    public int snapshot(Report report, ReportText stored, VersionReason reason, String author, String note) {
        String content = codec.encode(stored);
        int versionNo = report.nextVersion();
        // One JDBC insert, as createAll writes first versions: nobody reads the version back as an entity in the
        // step, and saving it through JPA (an identity insert with the persistence context's bookkeeping) was a
        // quarter of a step's application time in a profile. Its time is bound as JPA binds it.
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        ValueBinder<Object> createdAt = binder(session, ReportVersion.class, "createdAt");
        Instant now = Instant.now(clock);
        jdbc.update(
                "INSERT INTO rc_report_version (report_id, version_no, author, created_at, reason, note,"
                        + " content_hash, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setLong(1, report.getId());
                    ps.setInt(2, versionNo);
                    ps.setString(3, author);
                    createdAt.bind(ps, now, 4, session);
                    ps.setString(5, reason.name());
                    ps.setString(6, note == null || note.isBlank() ? null : truncate(note));
                    ps.setString(7, codec.hash(content));
                    ps.setString(8, content);
                });
        return versionNo;
    }

    ReportText decode(String content) {
        return codec.decode(content);
    }

    private static String truncate(String note) {
        return note.length() > 1000 ? note.substring(0, 1000) : note;
    }

    /**
     * Writes the report's change now (later statements of the step read it by JDBC). The report a step locked is
     * managed: flushed as it is, without the merge {@code saveAndFlush} does first (a copy of every field, per step).
     */
    private void write(Report report) {
        if (entityManager.contains(report)) {
            entityManager.flush();
        } else {
            reports.saveAndFlush(report);
        }
    }

    /**
     * A change that the step's next write carries: a managed report (the one a step locked) is written by the move
     * that follows, or at commit if the process ends instead (one {@code UPDATE} per step rather than two); a
     * detached one is written now.
     */
    private void writeUnlessManaged(Report report) {
        if (!entityManager.contains(report)) {
            reports.saveAndFlush(report);
        }
    }

    /**
     * The report, its row locked until the transaction ends (decisions and saves of one report take turns): read by
     * the entity's own loader, which is prepared once (a native query's columns were mapped anew on every step).
     */
    Report locked(Long reportId) {
        return existing(entityManager.find(Report.class, reportId, LockModeType.PESSIMISTIC_WRITE), reportId);
    }

    private static Report existing(Report report, Long reportId) {
        if (report == null) {
            throw new NotFoundException("error.reportNotFound", reportId);
        }
        return report;
    }
}
