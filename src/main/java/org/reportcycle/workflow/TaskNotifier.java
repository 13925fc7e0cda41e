package org.reportcycle.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.organization.Delegations;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.Report;
import org.reportcycle.shared.NotifyEvent;
import org.reportcycle.shared.NotifyEvents;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells people when work reaches them: the candidates of each new task (or the one person it was handed
 * to, and whoever acts for them under a delegation), the unit's drafters and the administrators when a
 * report is published. Published as {@link NotifyEvent}s in the caller's transaction.
 */
@Component
class TaskNotifier {

    private final OrganizationService organization;
    private final Delegations delegations;
    private final ApplicationEventPublisher events;
    private final DueDates dueDates;
    private final Clock clock;

    TaskNotifier(
            OrganizationService organization,
            Delegations delegations,
            ApplicationEventPublisher events,
            DueDates dueDates,
            Clock clock) {
        this.organization = organization;
        this.delegations = delegations;
        this.events = events;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** A task at {@code step} is open for the report: {@code kind} is {@code task} or {@code returned}. */
    void taskOpened(Report report, Step step, Collection<String> groups, String assignee, String kind) {
        Set<String> to = recipients(report.getUnitId(), groups, assignee);
        events.publishEvent(NotifyEvent.of(
                to,
                kind,
                report.getUnitId(),
                report.getId(),
                "returned".equals(kind) ? "notify.msg.returned" : "notify.msg.task",
                link(report),
                report.getTitle(),
                step.messageKey()));
    }

    /** A task opened for a report (for {@link #tasksOpened}). */
    record Opened(Report report, Step step, Collection<String> groups, String assignee) {}

    /**
     * {@link #taskOpened} for many reports at once (a cycle opening): the members of the groups and their
     * delegates read in a few queries, the notices published as one {@link NotifyEvents}.
     */
    void tasksOpened(List<Opened> opened, String kind) {
        if (opened.isEmpty()) {
            return;
        }
        Map<Role, Set<Long>> unitsByRole = new EnumMap<>(Role.class);
        for (Opened o : opened) {
            if (o.assignee() == null) {
                for (String group : o.groups()) {
                    if (!Candidates.OFFICE.equals(group)) {
                        unitsByRole
                                .computeIfAbsent(Role.valueOf(group.split(":")[1]), r -> new HashSet<>())
                                .add(o.report().getUnitId());
                    }
                }
            }
        }
        Map<Role, Map<Long, List<MemberView>>> members = new EnumMap<>(Role.class);
        unitsByRole.forEach((role, unitIds) -> members.put(role, organization.members(unitIds, role)));
        List<String> administrators = null;
        List<Set<String>> people = new ArrayList<>(opened.size());
        Set<String> everyone = new HashSet<>();
        for (Opened o : opened) {
            Set<String> to = new LinkedHashSet<>();
            if (o.assignee() != null) {
                to.add(o.assignee());
            } else {
                for (String group : o.groups()) {
                    if (Candidates.OFFICE.equals(group)) {
                        if (administrators == null) {
                            administrators = organization.administrators();
                        }
                        to.addAll(administrators);
                        continue;
                    }
                    String[] parts = group.split(":");
                    Integer place = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
                    for (MemberView m : members.get(Role.valueOf(parts[1]))
                            .getOrDefault(o.report().getUnitId(), List.of())) {
                        if (place == null || m.signOrder() == place) {
                            to.add(m.username());
                        }
                    }
                }
            }
            people.add(to);
            everyone.addAll(to);
        }
        LocalDate today = LocalDate.now(clock.withZone(dueDates.zone()));
        var delegates = delegations.delegatesOf(everyone, today);
        List<NotifyEvent> events = new ArrayList<>(opened.size());
        for (int i = 0; i < opened.size(); i++) {
            Opened o = opened.get(i);
            Set<String> withDelegates = new LinkedHashSet<>(people.get(i));
            for (String person : people.get(i)) {
                withDelegates.addAll(delegates
                        .getOrDefault(person, Map.of())
                        .getOrDefault(o.report().getUnitId(), List.of()));
            }
            events.add(NotifyEvent.of(
                    withDelegates,
                    kind,
                    o.report().getUnitId(),
                    o.report().getId(),
                    "returned".equals(kind) ? "notify.msg.returned" : "notify.msg.task",
                    link(o.report()),
                    o.report().getTitle(),
                    o.step().messageKey()));
        }
        this.events.publishEvent(new NotifyEvents(events));
    }

    /** The report was published: its drafters and the supervising office hear of it. */
    void published(Report report) {
        Set<String> to = new LinkedHashSet<>();
        organization.members(report.getUnitId(), Role.DRAFTER).forEach(m -> to.add(m.username()));
        to.addAll(organization.administrators());
        events.publishEvent(NotifyEvent.of(
                to,
                "published",
                report.getUnitId(),
                report.getId(),
                "notify.msg.published",
                link(report),
                report.getTitle()));
    }

    /** The usernames behind a task's candidate groups (or its assignee), with their delegates of the day. */
    Set<String> recipients(Long unitId, Collection<String> groups, String assignee) {
        Set<String> people = new LinkedHashSet<>();
        if (assignee != null) {
            people.add(assignee);
        } else {
            for (String group : groups) {
                if (Candidates.OFFICE.equals(group)) {
                    people.addAll(organization.administrators());
                    continue;
                }
                String[] parts = group.split(":");
                Role role = Role.valueOf(parts[1]);
                Integer place = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
                for (MemberView m : organization.members(unitId, role)) {
                    if (place == null || m.signOrder() == place) {
                        people.add(m.username());
                    }
                }
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(dueDates.zone()));
        Set<String> withDelegates = new LinkedHashSet<>(people);
        // one query for everyone's delegates, not one per person
        Map<String, Map<Long, List<String>>> delegates = delegations.delegatesOf(people, today);
        for (String person : people) {
            withDelegates.addAll(delegates.getOrDefault(person, Map.of()).getOrDefault(unitId, List.of()));
        }
        return withDelegates;
    }

    static String link(Report report) {
        return "reports/" + report.getId();
    }
}
