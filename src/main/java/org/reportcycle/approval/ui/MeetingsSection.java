package org.reportcycle.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.Meeting;
import org.reportcycle.report.ReportView;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/** The committee meetings that deliberated the report, newest first. */
@org.springframework.stereotype.Component
class MeetingsSection implements WorkspaceSection {

    private final CommitteeService committee;
    private final UiFormats formats;

    MeetingsSection(CommitteeService committee, UiFormats formats) {
        this.committee = committee;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "meetings.title";
    }

    @Override
    public Component render(ReportView report) {
        Grid<Meeting> grid = new Grid<>();
        grid.setId("meetings");
        grid.addColumn(m -> m.toRecord().body()).setKey("body").setHeader(grid.getTranslation("meeting.body"));
        grid.addColumn(m -> formats.date(m.toRecord().heldOn()))
                .setKey("heldOn")
                .setHeader(grid.getTranslation("meeting.heldOn"));
        grid.addColumn(m -> nullToEmpty(m.toRecord().sessionNo()))
                .setKey("session")
                .setHeader(grid.getTranslation("meeting.sessionNo"));
        grid.addColumn(m -> grid.getTranslation(m.toRecord().outcome().messageKey()))
                .setKey("outcome")
                .setHeader(grid.getTranslation("meeting.outcome"));
        grid.addColumn(m -> nullToEmpty(m.toRecord().attendance()))
                .setKey("attendance")
                .setHeader(grid.getTranslation("meeting.attendance"));
        grid.addColumn(m -> nullToEmpty(m.toRecord().minutes()))
                .setKey("minutes")
                .setHeader(grid.getTranslation("meeting.minutes"))
                .setFlexGrow(3);
        java.util.Set<Long> withFile =
                Notices.attempt(() -> committee.meetingsWithFile(report.id())).orElse(java.util.Set.of());
        grid.addComponentColumn(
                        m -> withFile.contains(m.getId()) ? minutesLink(m) : new com.vaadin.flow.component.html.Span())
                .setKey("minutesFile")
                .setHeader(grid.getTranslation("meeting.minutesFile"));
        grid.addColumn(Meeting::getRecordedBy)
                .setKey("recordedBy")
                .setHeader(grid.getTranslation("meeting.recordedBy"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("meetings.empty"));
        grid.setItems(Notices.attempt(() -> committee.meetings(report.id())).orElse(List.of()));
        return grid;
    }

    private com.vaadin.flow.component.html.Anchor minutesLink(Meeting m) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
                    org.reportcycle.approval.MeetingFile file = committee.minutesFile(m.getId());
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(file.getContent()),
                            file.getFileName(),
                            file.getContentType(),
                            file.getSizeBytes());
                }),
                "");
        link.setText(link.getTranslation("meeting.downloadMinutes"));
        link.setId("meeting-" + m.getId() + "-minutes-file");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
