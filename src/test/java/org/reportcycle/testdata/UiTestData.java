package org.reportcycle.testdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.opening.CycleOpeningService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test data for the screen tests, made through the application's repositories and services: a unit with
 * a drafter, a legal advisor, two leaders in order and a secretary; an administrator; a cycle opened for
 * units; a report taken through the services to a given step. Codes and user names are fresh for every unit, so tests sharing one database stay apart.
 */
@Component
public class UiTestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordEncoder passwords;
    private final CycleOpeningService opening;
    private final CycleService cycles;
    private final ReportRepository reports;
    private final ReviewService review;
    private final SignoffService signoff;
    private final CommitteeService committee;
    private final PublicationService publication;
    private final org.reportcycle.office.OfficeReviewService office;
    private String hash;

    public UiTestData(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            PasswordEncoder passwords,
            CycleOpeningService opening,
            CycleService cycles,
            ReportRepository reports,
            ReviewService review,
            SignoffService signoff,
            CommitteeService committee,
            PublicationService publication,
            org.reportcycle.office.OfficeReviewService office) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.passwords = passwords;
        this.opening = opening;
        this.cycles = cycles;
        this.reports = reports;
        this.review = review;
        this.signoff = signoff;
        this.committee = committee;
        this.publication = publication;
        this.office = office;
    }

    /** A street office with one person per role and two leaders (分管领导 first, then 主要负责人). */
    public UiUnit unit(String name) {
        String code = "ui" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        Unit unit = units.save(new Unit(code, name, UnitLevel.STREET, null));
        UiUnit made = new UiUnit(unit.getId(), code, name);
        person(unit, made.drafter(), name + "起草人", Role.DRAFTER, 0);
        person(unit, made.legal(), name + "法律顾问", Role.LEGAL, 0);
        person(unit, made.leader(1), name + "分管领导", Role.LEADER, 1);
        person(unit, made.leader(2), name + "主要负责人", Role.LEADER, 2);
        person(unit, made.secretary(), name + "会议记录人", Role.SECRETARY, 0);
        return made;
    }

    /** Adds a second legal advisor to the unit and returns their username. */
    public String secondLegal(UiUnit unit) {
        String username = unit.code() + "-legal2";
        person(units.findById(unit.id()).orElseThrow(), username, unit.name() + "第二法律顾问", Role.LEGAL, 0);
        return username;
    }

    /** An administrator of the supervising office. */
    public String admin() {
        String username = "ui-admin";
        if (users.findByUsername(username).isEmpty()) {
            users.save(new AppUser(username, "督察科管理员", hash(), "ui-admin@example.org", true));
        }
        return username;
    }

    /** Opens the year's cycle for the unit with a compliant text and returns the unit's report id. */
    public Long openReport(int year, UiUnit unit) {
        return open(year, unit, Map.of(unit.id(), TestData.compliantText(year)));
    }

    /** Opens the unit's report for the year with no text at all. */
    public Long openEmptyReport(int year, UiUnit unit) {
        return open(year, unit, Map.of());
    }

    private Long open(int year, UiUnit unit, Map<Long, org.reportcycle.report.ReportText> texts) {
        as(admin(), () -> opening.open(year, List.of(unit.id()), texts));
        Long cycleId = cycles.byYear(year).orElseThrow().getId();
        return reports.findByCycleIdAndUnitId(cycleId, unit.id()).orElseThrow().getId();
    }

    /** Takes the unit's freshly opened report through the services, as its people would, up to the step. */
    public void bringTo(Step target, UiUnit unit, Long reportId) {
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

    /** Runs the action as the user, as if they had signed in, and restores whoever was signed in before. */
    public static <T> T as(String username, Supplier<T> action) {
        return TestData.as(username, action);
    }

    private void person(Unit unit, String username, String displayName, Role role, int order) {
        AppUser user = users.findByUsername(username)
                .orElseGet(
                        () -> users.save(new AppUser(username, displayName, hash(), username + "@example.org", false)));
        memberships.save(new Membership(user.getId(), unit.getId(), role, order));
    }

    private String hash() {
        if (hash == null) {
            hash = passwords.encode("demo");
        }
        return hash;
    }

    /** A unit made for a test, with its people named {@code <code>-<role>}. */
    public record UiUnit(Long id, String code, String name) {

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
    }
}
