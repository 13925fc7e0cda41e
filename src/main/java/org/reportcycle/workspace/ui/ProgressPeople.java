package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.ProgressService.ProgressStep;

/**
 * The people on a report's path by name: the unit's people by login name and by the task group they belong to,
 * so the path shows 「张三（起草人）」 instead of {@code zhangsan} or {@code u2:DRAFTER}; people from outside the
 * unit who did a step (the office's administrators, a delegate) are looked up by name too.
 */
record ProgressPeople(Map<String, String> byUsername, Map<String, List<String>> byGroup, String separator) {

    static ProgressPeople load(
            Component owner,
            OrganizationService organization,
            Candidates candidates,
            Long unitId,
            List<ProgressStep> steps) {
        Map<String, String> byUsername = new HashMap<>();
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        Map<Role, List<MemberView>> members = organization.members(unitId);
        for (Role role : Role.values()) {
            for (MemberView m : members.get(role)) {
                String label = owner.getTranslation(
                        "progress.personWithRole", m.displayName(), owner.getTranslation(role.messageKey()));
                byUsername.putIfAbsent(m.username(), m.displayName());
                String group = role == Role.LEADER
                        ? candidates.leaderGroup(unitId, m.signOrder())
                        : candidates.group(unitId, role.name());
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(label);
            }
        }
        byGroup.put(candidates.office(), List.of(owner.getTranslation("progress.office")));
        List<String> outsiders = steps.stream()
                .map(ProgressStep::who)
                .filter(who -> who != null && !byUsername.containsKey(who))
                .distinct()
                .toList();
        Notices.attempt(() -> organization.users(outsiders))
                .ifPresent(users -> users.forEach((username, user) -> byUsername.put(username, user.getDisplayName())));
        // Chinese lists names with 、, English with a comma
        String separator = "zh".equals(UI.getCurrent().getLocale().getLanguage()) ? "、" : ", ";
        return new ProgressPeople(byUsername, byGroup, separator);
    }

    /** Who did the step, or who may do it now or next. */
    String of(ProgressStep s) {
        return s.who() != null ? name(s.who()) : names(s.candidates());
    }

    String name(String username) {
        return byUsername.getOrDefault(username, username);
    }

    /** Groups without members (yet) are left out rather than shown as codes. */
    String names(List<String> groups) {
        return groups.stream()
                .flatMap(g -> byGroup.getOrDefault(g, List.of()).stream())
                .distinct()
                .collect(Collectors.joining(separator));
    }
}
