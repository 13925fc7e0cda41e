package org.reportcycle.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingEntry;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/** The committee meetings that deliberated the report, newest first. */
@SpringComponent
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
        Grid<MeetingEntry> grid = new Grid<>();
        grid.setId("meetings");
        grid.addColumn(m -> m.record().body()).setKey("body").setHeader(grid.getTranslation("meeting.body"));
        grid.addColumn(m -> formats.date(m.record().heldOn()))
                .setKey("heldOn")
                .setHeader(grid.getTranslation("meeting.heldOn"));
        grid.addColumn(m -> nullToEmpty(m.record().sessionNo()))
                .setKey("session")
                .setHeader(grid.getTranslation("meeting.sessionNo"));
        grid.addColumn(m -> grid.getTranslation(m.record().outcome().messageKey()))
                .setKey("outcome")
                .setHeader(grid.getTranslation("meeting.outcome"));
        grid.addColumn(m -> nullToEmpty(m.record().attendance()))
                .setKey("attendance")
                .setHeader(grid.getTranslation("meeting.attendance"));
        grid.addColumn(m -> nullToEmpty(m.record().minutes()))
                .setKey("minutes")
                .setHeader(grid.getTranslation("meeting.minutes"))
                .setFlexGrow(3);
        grid.addComponentColumn(m -> m.minutesFile() ? minutesLink(m) : new Span())
                .setKey("minutesFile")
                .setHeader(grid.getTranslation("meeting.minutesFile"));
        grid.addColumn(MeetingEntry::recordedBy)
                .setKey("recordedBy")
                .setHeader(grid.getTranslation("meeting.recordedBy"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("meetings.empty"));
        grid.setItems(Notices.attempt(() -> committee.meetings(report.id())).orElse(List.of()));
        return grid;
    }

    private Anchor minutesLink(MeetingEntry m) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ExportedFile file = committee.minutesFile(m.id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                }),
                "");
        link.setText(link.getTranslation("meeting.downloadMinutes"));
        link.setId("meeting-" + m.id() + "-minutes-file");
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
