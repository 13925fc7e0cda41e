package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.organization.MemberView;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workflow.Candidates;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.ProgressService.ProgressStep;
import org.reportcycle.workflow.ProgressService.State;

/** The report's path: steps done (who, when), the current step (who may act, due date), the steps to come. */
@SpringComponent
class ProgressSection implements WorkspaceSection {

    private final ProgressService progress;
    private final UiFormats formats;
    private final OrganizationService organization;
    private final Candidates candidates;
    private final ProgressDiagram diagram;

    ProgressSection(
            ProgressService progress,
            UiFormats formats,
            OrganizationService organization,
            Candidates candidates,
            ProgressDiagram diagram) {
        this.diagram = diagram;
        this.progress = progress;
        this.formats = formats;
        this.organization = organization;
        this.candidates = candidates;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String titleKey() {
        return "progress.title";
    }

    @Override
    public Component render(ReportView report) {
        Grid<ProgressStep> grid = new Grid<>();
        grid.setId("progress");
        grid.addColumn(s -> s.step() == null ? "" : grid.getTranslation(s.step().messageKey()))
                .setKey("step")
                .setHeader(grid.getTranslation("progress.step"));
        grid.addComponentColumn(s -> state(grid, s.state()))
                .setKey("state")
                .setHeader(grid.getTranslation("progress.state"));
        People people = people(grid, report.unitId());
        grid.addColumn(s -> s.who() != null ? people.name(s.who()) : people.names(s.candidates()))
                .setKey("who")
                .setHeader(grid.getTranslation("progress.who"));
        grid.addColumn(s -> time(s.state() == State.CURRENT ? s.started() : s.ended()))
                .setKey("when")
                .setHeader(grid.getTranslation("progress.when"));
        grid.addColumn(s -> s.due() == null ? "" : formats.date(s.due()))
                .setKey("due")
                .setHeader(grid.getTranslation("progress.due"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(Notices.attempt(() -> progress.progress(report.id())).orElse(List.of()));
        return new Div(diagram.render(report, grid), grid); // the diagram above the list
    }

    private static Span state(Component owner, State state) {
        Span badge = new Span(owner.getTranslation("progress.state." + state.name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (state) {
                            case DONE -> "badge success";
                            case MOVED -> "badge contrast";
                            case CURRENT -> "badge primary";
                            case TO_COME -> "badge";
                        });
        return badge;
    }

    /**
     * The unit's people by login name and by the task group they belong to, so the path shows
     * 「张三（起草人）」 instead of {@code zhangsan} or {@code u2:DRAFTER}.
     */
    private People people(Component owner, Long unitId) {
        Map<String, String> byUsername = new HashMap<>();
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        Map<Role, List<MemberView>> members = organization.members(unitId);
        for (Role role : Role.values()) {
            for (MemberView m : members.get(role)) {
                String label = m.displayName() + "（" + owner.getTranslation(role.messageKey()) + "）";
                byUsername.putIfAbsent(m.username(), m.displayName());
                String group = role == Role.LEADER
                        ? candidates.leaderGroup(unitId, m.signOrder())
                        : candidates.group(unitId, role.name());
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(label);
            }
        }
        byGroup.put(candidates.office(), List.of(owner.getTranslation("progress.office")));
        return new People(byUsername, byGroup);
    }

    private record People(Map<String, String> byUsername, Map<String, List<String>> byGroup) {

        String name(String username) {
            return byUsername.getOrDefault(username, username);
        }

        /** Groups without members (yet) are left out rather than shown as codes. */
        String names(List<String> groups) {
            return groups.stream()
                    .flatMap(g -> byGroup.getOrDefault(g, List.of()).stream())
                    .distinct()
                    .collect(Collectors.joining("、"));
        }
    }

    private String time(Instant instant) {
        return instant == null ? "" : formats.dateTime(instant);
    }
}
