package org.reportcycle.testdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.opening.CycleOpeningService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.KeptReads;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportText;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the application's own repositories and services: units with one person per
 * role (password {@code demo}), an administrator, cycles opened for units. Every unit gets a fresh code
 * so that tests sharing a database do not see each other's data.
 */
@Component
public class TestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final CycleOpeningService opening;
    private final CycleService cycles;
    private final ReportRepository reports;
    private final ReportService reportService;
    private final ReviewService review;
    private final SignoffService signoff;
    private final CommitteeService committee;
    private final PublicationService publication;
    private final OfficeReviewService office;
    private final KeptReads kept;
    private String hash;

    public TestData(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            CycleOpeningService opening,
            CycleService cycles,
            ReportRepository reports,
            ReportService reportService,
            ReviewService review,
            SignoffService signoff,
            CommitteeService committee,
            PublicationService publication,
            OfficeReviewService office,
            KeptReads kept,
            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        strategy.ifAvailable(SignedIn::register);
        this.reportService = reportService;
        this.review = review;
        this.signoff = signoff;
        this.committee = committee;
        this.publication = publication;
        this.office = office;
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.opening = opening;
        this.cycles = cycles;
        this.reports = reports;
        this.kept = kept;
    }

    /**
     * A street office with a drafter, a legal advisor, {@code leaders} leaders in order (分管领导 first, the last
     * one 主要负责人) and a secretary, each shown by a name ({@code <unit>起草人} …), signing in as
     * {@code <code>-<role>}.
     */
    public TestUnit unit(String name, int leaders) {
        // a random part wide enough that test JVMs sharing a database (forks, runs) never meet
        String code = "t" + SEQ.incrementAndGet() + "x"
                + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Unit unit = units.save(new Unit(code, name, UnitLevel.STREET, null));
        TestUnit made = new TestUnit(unit.getId(), code, name, leaders);
        person(unit, made.drafter(), made.drafterName(), Role.DRAFTER, 0);
        person(unit, made.legal(), made.legalName(), Role.LEGAL, 0);
        for (int i = 1; i <= leaders; i++) {
            person(unit, made.leader(i), made.leaderName(i), Role.LEADER, i);
        }
        person(unit, made.secretary(), made.secretaryName(), Role.SECRETARY, 0);
        return made;
    }

    /** Adds a second legal advisor to the unit and returns their username. */
    public String secondLegal(TestUnit unit) {
        String username = unit.code() + "-legal2";
        person(units.findById(unit.id()).orElseThrow(), username, unit.name() + "第二法律顾问", Role.LEGAL, 0);
        return username;
    }

    public TestUnit unit(String name) {
        return unit(name, 2);
    }

    /** A person with a role in an existing unit (one person may serve several units). */
    public void person(Long unitId, String username, Role role, int order) {
        person(units.findById(unitId).orElseThrow(), username, username, role, order);
    }

    public String admin() {
        if (users.findByUsername("admin").isEmpty()) {
            users.save(new AppUser("admin", "管理员", hash(), "admin@example.org", true));
            kept.dropAll();
        }
        return "admin";
    }

    /** Opens the year's cycle for the units (as the administrator) and returns each unit's report id. */
    public Map<TestUnit, Long> openCycle(int year, List<TestUnit> forUnits, Map<Long, ReportText> texts) {
        as(admin(), () -> opening.open(year, forUnits.stream().map(TestUnit::id).toList(), texts));
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        Map<TestUnit, Long> ids = new LinkedHashMap<>();
        for (TestUnit u : forUnits) {
            ids.put(
                    u,
                    reports.findByCycleIdAndUnitId(cycleId, u.id())
                            .orElseThrow()
                            .getId());
        }
        return ids;
    }

    /** Opens the unit's report for the year with a text that passes the compliance check. */
    public Long openReport(int year, TestUnit unit) {
        return openCycle(year, List.of(unit), Map.of(unit.id(), compliantText(year)))
                .get(unit);
    }

    /** Opens the unit's report for the year with no text at all. */
    public Long openEmptyReport(int year, TestUnit unit) {
        return openCycle(year, List.of(unit), Map.of()).get(unit);
    }

    /** A short report with all four mandatory parts, in the right years. */
    public static ReportText compliantText(int year) {
        return new ReportText(
                "",
                Map.of(
                        Part.MEASURES,
                        "（一）强化组织领导。" + year + "年召开法治政府建设专题会议4次，审查合同42件。",
                        Part.SHORTCOMINGS,
                        "（一）执法力量不足。部分执法人员缺少系统的法律培训。",
                        Part.FIRST_RESPONSIBLE,
                        "党政主要负责人认真履行推进法治建设第一责任人职责，主持专题会议3次。",
                        Part.NEXT_YEAR,
                        (year + 1) + "年将加强执法队伍建设，完善合法性审查机制。"));
    }

    /** Writes the parts as the unit's drafter. */
    public void write(TestUnit unit, Long reportId, Map<Part, String> texts) {
        Map<Part, PartEdit> edits = new java.util.EnumMap<>(Part.class);
        texts.forEach((part, text) -> edits.put(part, new PartEdit(text, null)));
        as(unit.drafter(), () -> reportService.save(reportId, edits, "test"));
    }

    /** Carries a drafted report through every step to publication, each step by its own person. */
    public void publish(TestUnit unit, Long reportId) {
        as(unit.drafter(), () -> review.submit(reportId, null));
        as(unit.legal(), () -> review.pass(reportId, "同意"));
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
        as(
                unit.secretary(),
                () -> committee.recordMeeting(
                        reportId,
                        new MeetingRecord(
                                "党工委会议",
                                java.time.LocalDate.of(2025, 2, 18),
                                "第1次",
                                "9/9",
                                MeetingOutcome.APPROVED,
                                null)));
        as(unit.drafter(), () -> publication.reportUp(reportId, null));
        as(admin(), () -> office.accept(reportId, null));
        as(unit.drafter(), () -> publication.publish(reportId, PublishRequest.defaults()));
    }

    /** Takes the unit's freshly opened report through the services, as its people would, up to the step. */
    public void bringTo(Step target, TestUnit unit, Long reportId) {
        if (target == Step.DRAFT) {
            return;
        }
        as(unit.drafter(), () -> review.submit(reportId, "初稿"));
        if (target == Step.LEGAL_REVIEW) {
            return;
        }
        as(unit.legal(), () -> review.pass(reportId, "同意"));
        if (target == Step.LEADER_SIGNOFF) {
            return;
        }
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
        if (target == Step.COMMITTEE) {
            return;
        }
        boolean changes = target == Step.REVISION || target == Step.CONFIRM_CHANGES;
        as(
                unit.secretary(),
                () -> committee.recordMeeting(
                        reportId,
                        new MeetingRecord(
                                "党工委会议",
                                LocalDate.now(),
                                "第3次",
                                "全体委员",
                                changes ? MeetingOutcome.CHANGES : MeetingOutcome.APPROVED,
                                changes ? "请补充下一年度安排" : null)));
        if (target == Step.CONFIRM_CHANGES) {
            as(unit.drafter(), () -> committee.submitRevision(reportId, "已按意见修改"));
        }
        if (target == Step.PUBLISH || target == Step.PUBLISHED || target == Step.OFFICE_REVIEW) {
            as(unit.drafter(), () -> publication.reportUp(reportId, null));
        }
        if (target == Step.PUBLISH || target == Step.PUBLISHED) {
            as(admin(), () -> office.accept(reportId, null));
        }
        if (target == Step.PUBLISHED) {
            as(unit.drafter(), () -> publication.publish(reportId, PublishRequest.defaults()));
        }
    }

    /** Runs the action as the user, as if they had logged in. */
    public static <T> T as(String username, Supplier<T> action) {
        var previous = SignedIn.set(new UsernamePasswordAuthenticationToken(
                username, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        try {
            return action.get();
        } finally {
            SignedIn.set(previous);
        }
    }

    public static void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    private void person(Unit unit, String username, String displayName, Role role, int order) {
        AppUser user = users.findByUsername(username)
                .orElseGet(
                        () -> users.save(new AppUser(username, displayName, hash(), username + "@example.org", false)));
        memberships.save(new Membership(user.getId(), unit.getId(), role, order));
        // written past the audited services: what the node keeps of the organization is dropped as they would
        kept.dropAll();
    }

    private String hash() {
        if (hash == null) {
            hash = passwords.encode("demo");
        }
        return hash;
    }

    /**
     * A unit made for a test: its people sign in as {@code <code>-<role>} ({@link #drafter()} …) and are shown
     * by name ({@link #drafterName()} …: the unit's name and the role, 分管领导 before 主要负责人).
     */
    public record TestUnit(Long id, String code, String name, int leaders) {
        public String drafter() {
            return code + "-drafter";
        }

        public String legal() {
            return code + "-legal";
        }

        public String leader(int place) {
            return code + "-leader" + place;
        }

        public String secretary() {
            return code + "-secretary";
        }

        public String drafterName() {
            return name + "起草人";
        }

        public String legalName() {
            return name + "法律顾问";
        }

        public String leaderName(int place) {
            return name + (place == leaders ? "主要负责人" : leaders > 2 ? "分管领导" + place : "分管领导");
        }

        public String secretaryName() {
            return name + "会议记录人";
        }
    }
}
