package org.reportcycle.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.cluster.ClusterLock;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.opening.CycleOpeningService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.review.ReviewService;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo dataset of the embedded default: a county supervising the five fixture units, one login per
 * role per unit (password {@code demo}), the fixture reports at various steps. Loaded once, on the first
 * start with an empty database; never under the {@code mysql} profile. Reports are moved through their
 * steps by the real services acting as the demo users, so the audit trail is as real as the rest.
 */
@Component
@ConditionalOnProperty(name = "reportcycle.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("caotan", "草滩街道", UnitLevel.STREET),
            new DemoUnit("dongxiao", "东晓街道", UnitLevel.STREET),
            new DemoUnit("gulou", "鼓楼街道", UnitLevel.STREET),
            new DemoUnit("xiyingmen", "西营门街道", UnitLevel.STREET),
            new DemoUnit("changling", "长岭镇", UnitLevel.TOWNSHIP));

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final CycleOpeningService opening;
    private final CycleService cycles;
    private final ReportRepository reports;
    private final ReportImporter importer;
    private final ReviewService review;
    private final SignoffService signoff;
    private final CommitteeService committee;
    private final PublicationService publication;
    private final OfficeReviewService office;
    private final CurrentUserService currentUsers;
    private final ReportCompliance compliance;
    private final ClusterLock clusterLock;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    DemoData(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            CycleOpeningService opening,
            CycleService cycles,
            ReportRepository reports,
            ReportImporter importer,
            ReviewService review,
            SignoffService signoff,
            CommitteeService committee,
            PublicationService publication,
            OfficeReviewService office,
            CurrentUserService currentUsers,
            ReportCompliance compliance,
            ClusterLock clusterLock,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clusterLock = clusterLock;
        this.clock = clock;
        this.compliance = compliance;
        this.currentUsers = currentUsers;
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.opening = opening;
        this.cycles = cycles;
        this.reports = reports;
        this.importer = importer;
        this.review = review;
        this.signoff = signoff;
        this.committee = committee;
        this.publication = publication;
        this.office = office;
    }

    /** Loads the dataset on one node only: nodes starting together on one database skip while another loads. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void loadOnce() {
        clusterLock.runIfFree("demo-data", Duration.ofMinutes(30), this::load);
    }

    void load() {
        if (units.count() > 0) {
            return;
        }
        log.info("Loading the demo dataset (first start with an empty database)");
        String hash = passwords.encode("demo");
        Unit county = units.save(new Unit("county", "示例县", UnitLevel.COUNTY, null));
        users.save(new AppUser("admin", "依法治县办管理员", hash, "admin@example.org", true));
        Map<String, Long> unitIds = new HashMap<>();
        for (DemoUnit d : UNITS) {
            Unit unit = units.save(new Unit(d.code(), d.name(), d.level(), county.getId()));
            unitIds.put(d.code(), unit.getId());
            member(d, unit, "drafter", "起草人", Role.DRAFTER, 0, hash);
            member(d, unit, "legal", "法律顾问", Role.LEGAL, 0, hash);
            member(d, unit, "leader1", "分管领导", Role.LEADER, 1, hash);
            member(d, unit, "leader2", "主要负责人", Role.LEADER, 2, hash);
            member(d, unit, "secretary", "会议记录人", Role.SECRETARY, 0, hash);
        }
        LocalDate today = LocalDate.now(clock);
        int current = reportYear(today);
        int previous = current - 1;
        int old = current - 4;
        // the cycles' deadlines relative to today: the running reports mostly have time left, the township's
        // draft is overdue on purpose and the streets' drafts are due within three days
        cycles.createOrGet(previous, Map.of(UnitLevel.STREET, stillOpen(today), UnitLevel.TOWNSHIP, stillOpen(today)));
        cycles.createOrGet(current, Map.of(UnitLevel.STREET, ahead(today, 2), UnitLevel.TOWNSHIP, ahead(today, -3)));
        as("admin", () -> {
            opening.open(
                    old,
                    List.of(unitIds.get("xiyingmen"), unitIds.get("changling")),
                    Map.of(
                            unitIds.get("xiyingmen"),
                            text("xiyingmen-2021"),
                            unitIds.get("changling"),
                            text("changling-2021")));
            opening.open(
                    previous,
                    List.of(unitIds.get("caotan"), unitIds.get("dongxiao"), unitIds.get("changling")),
                    Map.of(
                            unitIds.get("caotan"),
                            text("caotan-2024"),
                            unitIds.get("dongxiao"),
                            text("dongxiao-2024"),
                            unitIds.get("changling"),
                            text("changling-2024")));
            return opening.open(
                    current,
                    UNITS.stream().map(d -> unitIds.get(d.code())).toList(),
                    Map.of(unitIds.get("gulou"), text("gulou-2025"), unitIds.get("xiyingmen"), text("xiyingmen-2025")));
        });
        advance("xiyingmen", old, unitIds, Stop.PUBLISHED);
        advance("changling", old, unitIds, Stop.PUBLISHED);
        advance("caotan", previous, unitIds, Stop.PUBLISH);
        advance("dongxiao", previous, unitIds, Stop.COMMITTEE);
        advance("changling", previous, unitIds, Stop.OFFICE_REVIEW);
        advance("gulou", current, unitIds, Stop.LEADER_SIGNOFF);
        advance("xiyingmen", current, unitIds, Stop.LEGAL_REVIEW);
        log.info("Demo dataset loaded: {} units, {} reports", units.count(), reports.count());
    }

    /** The report year now being written: last year's until the reports are due in April, then this year's. */
    static int reportYear(LocalDate today) {
        return today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear();
    }

    /** Milestones from drafting on, a draft due {@code draftInDays} from today and each next step ten days on. */
    private static Map<Milestone, LocalDate> ahead(LocalDate today, int draftInDays) {
        Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            dates.put(m, today.plusDays(draftInDays + 10L * m.ordinal()));
        }
        return dates;
    }

    /** Last cycle's late steps (its drafting and sign-off are long done) extended to days ahead. */
    private static Map<Milestone, LocalDate> stillOpen(LocalDate today) {
        Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
        dates.put(Milestone.COMMITTEE, today.plusDays(5));
        dates.put(Milestone.REPORT_UP, today.plusDays(12));
        dates.put(Milestone.PUBLICATION, today.plusDays(20));
        return dates;
    }

    private void member(DemoUnit d, Unit unit, String suffix, String title, Role role, int order, String hash) {
        AppUser user = users.save(new AppUser(
                d.code() + "-" + suffix, d.name() + title, hash, d.code() + "-" + suffix + "@example.org", false));
        memberships.save(new Membership(user.getId(), unit.getId(), role, order));
    }

    /** Where a demo report is left waiting. */
    enum Stop {
        LEGAL_REVIEW,
        LEADER_SIGNOFF,
        COMMITTEE,
        OFFICE_REVIEW,
        PUBLISH,
        PUBLISHED
    }

    private void advance(String code, int year, Map<String, Long> unitIds, Stop stop) {
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        Long reportId = reports.findByCycleIdAndUnitId(cycleId, unitIds.get(code))
                .orElseThrow()
                .getId();
        LocalDate decided = LocalDate.of(year + 1, 2, 18);
        as(code + "-drafter", () -> review.submit(reportId, "初稿完成，提请合法性审查", overrides(reportId)));
        if (stop == Stop.LEGAL_REVIEW) {
            return;
        }
        as(code + "-legal", () -> review.pass(reportId, "经审查，内容合法，同意报领导签批"));
        if (stop == Stop.LEADER_SIGNOFF) {
            return;
        }
        as(code + "-leader1", () -> signoff.approve(reportId, "同意", false));
        as(code + "-leader2", () -> signoff.approve(reportId, "同意，已完成保密审查", true));
        if (stop == Stop.COMMITTEE) {
            return;
        }
        as(
                code + "-secretary",
                () -> committee.recordMeeting(
                        reportId,
                        new MeetingRecord(
                                "党工委会议",
                                decided,
                                "第" + (year - 2000) + "次",
                                "应到9人，实到9人",
                                MeetingOutcome.APPROVED,
                                "会议审议通过")));
        as(code + "-drafter", () -> publication.reportUp(reportId, "经党工委会议审议通过，报送备案"));
        if (stop == Stop.OFFICE_REVIEW) {
            return;
        }
        as("admin", () -> office.accept(reportId, "已备案"));
        if (stop == Stop.PUBLISH) {
            return;
        }
        as(
                code + "-drafter",
                () -> publication.publish(reportId, new PublishRequest(null, null, LocalDate.of(year + 1, 2, 25))));
        backdatePublication(reportId, year);
    }

    /**
     * A report of an earlier year reads as published when it would have been: in March of the year after, before
     * the 1 April deadline, not on the day the demo was loaded. The publication itself ran through the services
     * (audit, notices, search index); only its dates are moved. The audit trail keeps the real time of loading,
     * since its records are hash-chained.
     */
    private void backdatePublication(Long reportId, int year) {
        Timestamp at = Timestamp.from(LocalDate.of(year + 1, 3, 20)
                .atTime(10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        jdbc.update("UPDATE rc_report SET published_at = ?, step_since = ? WHERE id = ?", at, at, reportId);
        jdbc.update(
                "UPDATE rc_report_version SET created_at = ? WHERE report_id = ? AND reason = 'PUBLISHED'",
                at,
                reportId);
        jdbc.update("UPDATE rc_search_doc SET published_at = ? WHERE report_id = ?", at, reportId);
    }

    /**
     * The fixtures are real reports and some lack a mandatory part (000 and 004 have no part 3); the demo
     * drafter submits them as they are, giving the reason the compliance check asks for.
     */
    private Map<String, String> overrides(Long reportId) {
        Map<String, String> reasons = new HashMap<>();
        for (Finding f : compliance.findings(reports.findById(reportId).orElseThrow())) {
            if (f.blocking()) {
                reasons.put(ReportCompliance.key(f), "演示数据：保留原报告的结构与表述");
            }
        }
        return reasons;
    }

    private ReportText text(String name) {
        try (InputStream in = new ClassPathResource("demo/reports/" + name + ".txt").getInputStream()) {
            return importer.preview(name + ".txt", in.readAllBytes()).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T as(String username, Supplier<T> action) {
        return currentUsers.runAs(username, action);
    }

    record DemoUnit(String code, String name, UnitLevel level) {}
}
