package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reportcycle.report.ReportHistory;
import org.reportcycle.report.ReportHistory.Comparison;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.VersionInfo;
import org.reportcycle.report.diff.DiffLine;
import org.reportcycle.report.diff.PartDiff;
import org.reportcycle.report.diff.Segment;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Role;
import org.reportcycle.ui.Notices;

/**
 * Any two versions side by side, the changes marked character by character. Reviewers, leaders and
 * administrators first see what changed since they last looked (and are then taken to have seen the
 * current version); everyone else first sees the latest change.
 */
@SpringComponent
class VersionComparisonSection implements WorkspaceSection {

    private static final String DELETED_STYLE = "background:#ffebee;color:#b71c1c;text-decoration:line-through";
    private static final String INSERTED_STYLE = "background:#e8f5e9;color:#1b5e20;text-decoration:underline";

    private final ReportHistory history;
    private final ReportService reports;
    private final CurrentUserService users;

    VersionComparisonSection(ReportHistory history, ReportService reports, CurrentUserService users) {
        this.history = history;
        this.reports = reports;
        this.users = users;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public String titleKey() {
        return "versions.compare";
    }

    /**
     * A reviewer's visit counts as having seen the current version, whether or not this panel is opened: what
     * changed since their last visit is read now, before that, and shown when the panel is opened.
     */
    @Override
    public Supplier<Component> visit(ReportView report) {
        Optional<Comparison> sinceLastSeen = reviewer(report) ? sinceLastSeen(report) : Optional.empty();
        return () -> render(report, sinceLastSeen);
    }

    @Override
    public Component render(ReportView report) {
        return visit(report).get();
    }

    private Component render(ReportView report, Optional<Comparison> first) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setId("version-comparison");
        List<Integer> numbers = Notices.attempt(() -> reports.versions(report.id())).orElse(List.of()).stream()
                .map(VersionInfo::versionNo)
                .toList();
        Select<Integer> from = versionSelect("compare-from", "versions.from", numbers);
        Select<Integer> to = versionSelect("compare-to", "versions.to", numbers);
        Div result = new Div();
        result.setId("comparison");
        result.setWidthFull();
        Span heading = new Span();
        heading.setId("comparison-heading");
        heading.getStyle().setFontWeight("600");
        Button compare = new Button(panel.getTranslation("versions.compare"), e -> {
            if (from.getValue() != null && to.getValue() != null) {
                Notices.attempt(() -> history.compare(report.id(), from.getValue(), to.getValue()))
                        .ifPresent(c -> show(result, heading, c, null));
            }
        });
        compare.setId("compare");
        HorizontalLayout choose = new HorizontalLayout(from, to, compare);
        choose.setAlignItems(Alignment.BASELINE);
        panel.add(choose, heading, result);

        if (first.isPresent()) {
            show(result, heading, first.get(), "versions.sinceLastSeen");
        } else if (numbers.size() >= 2) {
            Notices.attempt(() -> history.compare(report.id(), numbers.get(1), numbers.get(0)))
                    .ifPresent(c -> show(result, heading, c, null));
        }
        if (numbers.size() >= 2) {
            from.setValue(first.map(Comparison::fromVersion).orElse(numbers.get(1)));
            to.setValue(first.map(Comparison::toVersion).orElse(numbers.get(0)));
        }
        return panel;
    }

    /** People who read the report to review or decide on it: legal advisors, leaders, secretaries, administrators. */
    private boolean reviewer(ReportView report) {
        CurrentUser user = users.find().orElse(null);
        return user != null
                && (user.administrator()
                        || user.hasRole(report.unitId(), Role.LEGAL)
                        || user.hasRole(report.unitId(), Role.LEADER)
                        || user.hasRole(report.unitId(), Role.SECRETARY));
    }

    /** What changed since the reader's last visit; this visit then counts as having seen the current version. */
    private Optional<Comparison> sinceLastSeen(ReportView report) {
        Optional<Comparison> changes =
                Notices.attempt(() -> history.sinceLastSeen(report.id())).flatMap(c -> c);
        Notices.attempt(() -> history.markSeen(report.id()));
        return changes;
    }

    private static Select<Integer> versionSelect(String id, String labelKey, List<Integer> numbers) {
        Select<Integer> select = new Select<>();
        select.setId(id);
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(numbers);
        select.setItemLabelGenerator(n -> select.getTranslation("versions.no") + " " + n);
        return select;
    }

    private static void show(Div result, Span heading, Comparison comparison, String headingKey) {
        result.removeAll();
        heading.setText(
                headingKey == null
                        ? result.getTranslation(
                                "versions.fromTo",
                                String.valueOf(comparison.fromVersion()),
                                String.valueOf(comparison.toVersion()))
                        : result.getTranslation(
                                headingKey,
                                String.valueOf(comparison.fromVersion()),
                                String.valueOf(comparison.toVersion())));
        if (!comparison.changes().hasChanges()) {
            Span none = new Span(result.getTranslation("versions.noChanges"));
            none.setId("comparison-none");
            result.add(none);
            return;
        }
        if (comparison.changes().titleChanged()) {
            result.add(new H4(result.getTranslation("versions.titleLabel")));
            comparison.changes().title().forEach(line -> result.add(row(line)));
        }
        for (PartDiff part : comparison.changes().changedParts()) {
            H4 name = new H4(result.getTranslation("part." + part.part().code()));
            Div rows = new Div();
            rows.setId("diff-" + part.part().code());
            part.lines().stream().filter(DiffLine::changed).forEach(line -> rows.add(row(line)));
            result.add(name, rows);
        }
    }

    /** One paragraph: the old text on the left with deletions struck out, the new on the right with insertions marked. */
    private static Component row(DiffLine line) {
        HorizontalLayout row = new HorizontalLayout(side(line.oldSegments(), "old"), side(line.newSegments(), "new"));
        row.setWidthFull();
        row.addClassName("diff-row");
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct, #eee)");
        return row;
    }

    private static Div side(List<Segment> segments, String which) {
        StringBuilder html = new StringBuilder("<div>");
        for (Segment s : segments) {
            String text = escape(s.text());
            switch (s.type()) {
                case EQUAL -> html.append(text);
                case DELETED ->
                    html.append("<del style=\"")
                            .append(DELETED_STYLE)
                            .append("\">")
                            .append(text)
                            .append("</del>");
                case INSERTED ->
                    html.append("<ins style=\"")
                            .append(INSERTED_STYLE)
                            .append("\">")
                            .append(text)
                            .append("</ins>");
            }
        }
        html.append("</div>");
        Div side = new Div(new Html(html.toString()));
        side.addClassName("diff-" + which);
        side.getStyle().set("flex", "1 1 0").set("white-space", "pre-wrap").set("min-width", "0");
        return side;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
