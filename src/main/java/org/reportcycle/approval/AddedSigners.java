package org.reportcycle.approval;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.approval.AddedSignerStore.Row;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.LeaderTurn;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 at the leaders' sign-off: the leader whose turn it is adds a person of the report's unit, before their own
 * decision (the added person signs first, then the task comes back to the leader, who decides as usual) or after
 * it (the leader approves with their opinion; the approval takes effect when the added person has signed). The
 * added person signs with an opinion; they may not approve for the unit, return the report or add further signers.
 * Each addition and each signature is audited ({@code signoff.signerAdded}, {@code signoff.addedSignerSigned}).
 */
@Service
public class AddedSigners {

    /** What a leader asks for: whom, before or after themselves, why; for AFTER their own opinion and attestation. */
    public record AddSigner(
            String username, Placement placement, String reason, String opinion, boolean confidentialityAttested) {}

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final OrganizationService organization;
    private final AccessGuard guard;
    private final AddedSignerStore store;
    private final ApplicationEventPublisher events;

    public AddedSigners(
            StepGate gate,
            WorkflowService workflow,
            ReportLifecycle reports,
            OrganizationService organization,
            AccessGuard guard,
            AddedSignerStore store,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.organization = organization;
        this.guard = guard;
        this.store = store;
        this.events = events;
    }

    /** The leader whose turn it is adds a signer before or after themselves. */
    @Transactional
    public void add(Long reportId, AddSigner request) {
        // the added person, whatever their role, is told plainly that they may not add further signers
        Optional<String> waiting = workflow.addedSignerWaiting(reports.report(reportId));
        if (waiting.isPresent() && guard.caller().username().equals(waiting.get())) {
            throw new UserFacingException("error.addSigner.byAddedSigner");
        }
        Gated g = gate.enter(reportId, Step.LEADER_SIGNOFF);
        Report report = g.report();
        CurrentUser leader = g.user();
        String taskId = workflow.signoffTaskOf(report, leader);
        String added = request.username() == null ? "" : request.username().strip();
        if (added.isEmpty()) {
            throw new UserFacingException("error.addSigner.personRequired");
        }
        if (request.placement() == null) {
            throw new UserFacingException("error.addSigner.placementRequired");
        }
        if (added.equals(leader.username())) {
            throw new UserFacingException("error.addSigner.self");
        }
        MemberView person = people(report.getUnitId()).get(added);
        if (person == null) {
            // the refusal names the person as people know them, never by the login name that was typed
            throw organization
                    .user(added)
                    .map(u -> new UserFacingException("error.addSigner.notInUnit", u.getDisplayName()))
                    .orElseGet(() -> new UserFacingException("error.addSigner.unknownPerson"));
        }
        if (store.addedAt(taskId).contains(added)) {
            throw new UserFacingException("error.addSigner.already", person.displayName());
        }
        String reason = Limits.atMost(blankToNull(request.reason()), Limits.NOTE, "reason");
        String opinion = Limits.atMost(blankToNull(request.opinion()), Limits.NOTE, "opinion");
        LeaderTurn turn = workflow.leaderTurn(report);
        Decision then = null;
        if (request.placement() == Placement.AFTER) {
            if (turn.last() && !request.confidentialityAttested()) {
                throw new UserFacingException("error.confidentialityRequired");
            }
            then = turn.last() ? Decision.APPROVE : Decision.NEXT_LEADER;
        }
        workflow.delegateSignoff(report, leader, added);
        store.add(reportId, taskId, leader.username(), added, request.placement(), reason, then);
        if (then != null) {
            // the leader's approval is theirs, at this moment; it takes effect when the added person has signed
            events.publishEvent(new AuditEvent(
                    "signoff.approved",
                    report.getUnitId(),
                    reportId,
                    details(
                            "opinion",
                            opinion,
                            "place",
                            turn.place(),
                            "of",
                            turn.count(),
                            "confidentialityAttested",
                            turn.last() ? Boolean.TRUE : null,
                            "addedAfter",
                            added)));
        }
        events.publishEvent(new AuditEvent(
                "signoff.signerAdded",
                report.getUnitId(),
                reportId,
                details(
                        "placement",
                        request.placement().name(),
                        "added",
                        added,
                        "addedName",
                        person.displayName(),
                        "reason",
                        reason,
                        "place",
                        turn.place())));
    }

    /**
     * The added person signs with an opinion: added before, the task goes back to the leader; added after, the
     * leader's approval takes effect and the report moves on.
     *
     * @return the step the report is at afterwards
     */
    @Transactional
    public Step sign(Long reportId, String opinion) {
        Report report = reports.reportForDecision(reportId);
        CurrentUser user = guard.requireRead(report.getUnitId(), reportId);
        if (report.getStep() != Step.LEADER_SIGNOFF) {
            throw new ConflictException("error.wrongStep");
        }
        Row open = openRow(report).orElseThrow(() -> new ConflictException("error.addSigner.nothingToSign"));
        if (opinion == null || opinion.isBlank()) {
            throw new UserFacingException("error.addSigner.opinionRequired");
        }
        String written = Limits.atMost(opinion.strip(), Limits.NOTE, "opinion");
        Step next = workflow.signAsAddedSigner(report, user, open.then());
        store.signed(open.id(), written);
        events.publishEvent(new AuditEvent(
                "signoff.addedSignerSigned",
                report.getUnitId(),
                reportId,
                details(
                        "opinion",
                        written,
                        "placement",
                        open.placement().name(),
                        "addedBy",
                        open.addedBy(),
                        "addedByName",
                        name(open.addedBy()))));
        return next;
    }

    /** The addition the report's sign-off waits for, for anyone who may read the report. */
    @Transactional(readOnly = true)
    public Optional<AddedSigner> waiting(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        return report.getStep() != Step.LEADER_SIGNOFF
                ? Optional.empty()
                : openRow(report).map(this::view);
    }

    /** Every addition made at the report's sign-off, oldest first, for the members of its unit. */
    @Transactional(readOnly = true)
    public List<AddedSigner> of(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireMemberRead(report.getUnitId(), reportId, "addedSigners");
        return store.ofReport(reportId).stream().map(this::view).toList();
    }

    /**
     * The people the caller may add now: the report's unit's members, each once, but not the caller and not those
     * already added at this turn; empty unless the caller is the leader whose turn it is and nobody is awaited.
     */
    @Transactional(readOnly = true)
    public List<MemberView> candidates(Long reportId) {
        Report report = reports.report(reportId);
        CurrentUser user = guard.requireRead(report.getUnitId(), reportId);
        if (report.getStep() != Step.LEADER_SIGNOFF
                || !user.hasRole(report.getUnitId(), Role.LEADER)
                || workflow.addedSignerWaiting(report).isPresent()) {
            return List.of();
        }
        List<String> already =
                workflow.currentTask(report).map(t -> store.addedAt(t.taskId())).orElse(List.of());
        return people(report.getUnitId()).values().stream()
                .filter(m -> !m.username().equals(user.username()) && !already.contains(m.username()))
                .toList();
    }

    /** The unit's members by login name, each once (the first of their roles). */
    private Map<String, MemberView> people(Long unitId) {
        Map<String, MemberView> people = new LinkedHashMap<>();
        Arrays.stream(Role.values())
                .flatMap(role -> organization.members(unitId, role).stream())
                .forEach(m -> people.putIfAbsent(m.username(), m));
        return people;
    }

    /** The latest unsigned addition, while the sign-off task is still handed to its person. */
    private Optional<Row> openRow(Report report) {
        return workflow.addedSignerWaiting(report)
                .flatMap(person -> store.latestUnsigned(report.getId())
                        .filter(r -> r.added().equals(person)));
    }

    private AddedSigner view(Row r) {
        return new AddedSigner(
                r.id(),
                r.addedBy(),
                name(r.addedBy()),
                r.added(),
                name(r.added()),
                r.placement(),
                r.reason(),
                r.addedAt(),
                r.signedAt(),
                r.opinion());
    }

    private String name(String username) {
        return organization.user(username).map(AppUser::getDisplayName).orElse(username);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
