package org.reportcycle.office;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.DeadlineTable;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.report.Report;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.spreadsheet.Sheets;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervising office's reports on a cycle: the dashboard as a spreadsheet, the list of units that
 * missed the report-up (3月1日) or publication (4月1日) deadline for a public notice (通报), and the
 * on-time statistics. Administrators only.
 */
@Service
@Transactional(readOnly = true)
public class OfficeReports {

    /** The milestones a public notice names units for. */
    public static final List<Milestone> NOTICE_MILESTONES = List.of(Milestone.REPORT_UP, Milestone.PUBLICATION);

    private final TrackingService tracking;
    private final CycleService cycles;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final EntityManager em;
    private final ZoneId zone;

    public OfficeReports(
            TrackingService tracking,
            CycleService cycles,
            OrganizationService organization,
            AccessGuard guard,
            MessageSource messages,
            EntityManager em,
            ReportCycleSettings settings) {
        this.tracking = tracking;
        this.cycles = cycles;
        this.organization = organization;
        this.guard = guard;
        this.messages = messages;
        this.em = em;
        this.zone = settings.zone();
    }

    /** A unit that missed a milestone: done late ({@code doneOn} after {@code due}) or not done by now. */
    public record LateUnit(
            Long reportId, String unitName, UnitLevel level, LocalDate due, LocalDate doneOn, long daysLate) {}

    /** How many of a cycle's reports were filed and published by their deadlines. */
    public record OnTimeStats(
            int total,
            int filedOnTime,
            int filedLate,
            int notFiled,
            int publishedOnTime,
            int publishedLate,
            int notPublished) {}

    /** The units late for the milestone (report-up or publication), most days late first. */
    public List<LateUnit> lateUnits(Long cycleId, Milestone milestone) {
        guard.requireAdministrator();
        LocalDate today = tracking.today();
        List<LateUnit> late = new ArrayList<>();
        forEachReport(cycleId, (report, unit, deadlines) -> {
            LocalDate due = deadlines.due(unit.getLevel(), milestone);
            LocalDate done = day(milestone == Milestone.REPORT_UP ? report.getFiledAt() : report.getPublishedAt());
            LocalDate until = done == null ? today : done;
            if (until.isAfter(due)) {
                late.add(new LateUnit(
                        report.getId(),
                        unit.getName(),
                        unit.getLevel(),
                        due,
                        done,
                        ChronoUnit.DAYS.between(due, until)));
            }
        });
        late.sort(Comparator.comparingLong(LateUnit::daysLate).reversed().thenComparing(LateUnit::unitName));
        return late;
    }

    public OnTimeStats onTime(Long cycleId) {
        guard.requireAdministrator();
        int[] n = new int[7];
        forEachReport(cycleId, (report, unit, deadlines) -> {
            n[0]++;
            count(n, 1, day(report.getFiledAt()), deadlines.due(unit.getLevel(), Milestone.REPORT_UP));
            count(n, 4, day(report.getPublishedAt()), deadlines.due(unit.getLevel(), Milestone.PUBLICATION));
        });
        return new OnTimeStats(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    /** The dashboard (with its filter) as a spreadsheet, in the caller's language. */
    public byte[] dashboardXlsx(DashboardFilter filter, Locale locale) {
        List<List<Object>> rows = tracking.all(filter, DashboardSort.URGENCY).stream()
                .map(r -> List.<Object>of(
                        r.unitName(),
                        text(r.level().messageKey(), locale),
                        text(r.step().messageKey(), locale),
                        r.due() == null ? "" : r.due().toString(),
                        r.due() == null ? "" : r.daysLeft(),
                        r.overdue() ? text("xlsx.yes", locale) : ""))
                .toList();
        return Sheets.xlsx(List.of(new Sheets.Table(
                text("xlsx.dashboard", locale),
                headers(
                        locale,
                        "column.unit",
                        "dashboard.level",
                        "column.step",
                        "column.due",
                        "xlsx.daysLeft",
                        "xlsx.overdue"),
                rows)));
    }

    /** The late units for a public notice as a spreadsheet. */
    public byte[] lateUnitsXlsx(Long cycleId, Milestone milestone, Locale locale) {
        List<List<Object>> rows = lateUnits(cycleId, milestone).stream()
                .map(l -> List.<Object>of(
                        l.unitName(),
                        text(l.level().messageKey(), locale),
                        l.due().toString(),
                        l.doneOn() == null
                                ? text("late.notDone", locale)
                                : l.doneOn().toString(),
                        l.daysLate()))
                .toList();
        return Sheets.xlsx(List.of(new Sheets.Table(
                text(milestone.messageKey(), locale),
                headers(locale, "column.unit", "dashboard.level", "column.due", "late.doneOn", "late.daysLate"),
                rows)));
    }

    private static void count(int[] n, int at, LocalDate done, LocalDate due) {
        if (done == null) {
            n[at + 2]++;
        } else if (done.isAfter(due)) {
            n[at + 1]++;
        } else {
            n[at]++;
        }
    }

    private interface ReportVisitor {
        void visit(Report report, Unit unit, DeadlineTable deadlines);
    }

    private void forEachReport(Long cycleId, ReportVisitor visitor) {
        DeadlineTable deadlines = cycles.deadlines(cycleId);
        Map<Long, Unit> units = organization.unitsById();
        em.createQuery("select r from Report r where r.cycleId = :c", Report.class)
                .setParameter("c", cycleId)
                .getResultStream()
                .forEach(r -> visitor.visit(r, units.get(r.getUnitId()), deadlines));
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> text(k, locale)).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
