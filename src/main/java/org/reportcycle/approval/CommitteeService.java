package org.reportcycle.approval;

import static org.reportcycle.shared.AuditEvent.details;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.VersionReason;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.Decision;
import org.reportcycle.workflow.StepGate;
import org.reportcycle.workflow.StepGate.Gated;
import org.reportcycle.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's deliberation (审议): the secretary records the meeting and its outcome; when the
 * committee approved subject to changes, the drafters revise and the secretary confirms the changes.
 */
@Service
public class CommitteeService {

    private final StepGate gate;
    private final WorkflowService workflow;
    private final ReportLifecycle reports;
    private final MeetingRepository meetings;
    private final MeetingFileRepository files;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CommitteeService(
            StepGate gate,
            WorkflowService workflow,
            ReportLifecycle reports,
            MeetingRepository meetings,
            MeetingFileRepository files,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gate = gate;
        this.workflow = workflow;
        this.reports = reports;
        this.meetings = meetings;
        this.files = files;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Step recordMeeting(Long reportId, MeetingRecord record) {
        return recordMeeting(reportId, record, null);
    }

    /** Records the meeting with its minutes file (会议纪要), which may be null. */
    @Transactional
    public Step recordMeeting(Long reportId, MeetingRecord record, MinutesFile minutesFile) {
        validate(record);
        String contentType = minutesFile == null ? null : minutesFile.contentType();
        Gated g = gate.enter(reportId, Step.COMMITTEE);
        Meeting meeting = meetings.save(new Meeting(reportId, record, g.user().username(), Instant.now(clock)));
        String sha256 = null;
        if (minutesFile != null) {
            sha256 = sha256(minutesFile.content());
            files.save(new MeetingFile(
                    meeting.getId(), minutesFile.fileName(), contentType, minutesFile.content(), sha256));
        }
        Step next = workflow.complete(
                g.report(), Step.COMMITTEE, g.user(), record.outcome().decision());
        events.publishEvent(new AuditEvent(
                "committee.recorded",
                g.report().getUnitId(),
                reportId,
                details(
                        "body",
                        record.body(),
                        "heldOn",
                        record.heldOn().toString(),
                        "session",
                        record.sessionNo(),
                        "outcome",
                        record.outcome().name(),
                        "minutes",
                        record.minutes(),
                        "minutesFile",
                        minutesFile == null ? null : minutesFile.fileName(),
                        "minutesSha256",
                        sha256)));
        return next;
    }

    /** A meeting's minutes file, for whoever may read the report; the download is audited. */
    @Transactional
    public ExportedFile minutesFile(Long meetingId) {
        Meeting meeting =
                meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("error.minutesNotFound"));
        Long unitId = reports.report(meeting.getReportId()).getUnitId();
        guard.requireRead(unitId, meeting.getReportId());
        MeetingFile file = files.findById(meetingId).orElseThrow(() -> new NotFoundException("error.minutesNotFound"));
        events.publishEvent(new AuditEvent(
                "committee.minutesDownloaded",
                unitId,
                meeting.getReportId(),
                details("meeting", meetingId, "file", file.getFileName())));
        return new ExportedFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The drafters hand in the text revised after the committee's changes. */
    @Transactional
    public Step submitRevision(Long reportId, String note) {
        Gated g = gate.enter(reportId, Step.REVISION);
        int version =
                reports.snapshot(g.report(), VersionReason.REVISED, g.user().username(), note);
        Step next = workflow.complete(g.report(), Step.REVISION, g.user(), Decision.REVISED);
        events.publishEvent(new AuditEvent(
                "committee.revisionSubmitted",
                g.report().getUnitId(),
                reportId,
                details("version", version, "note", note)));
        return next;
    }

    /** The secretary confirms that the changes were made, or sends the revision back with a reason. */
    @Transactional
    public Step confirmChanges(Long reportId, boolean confirmed, String note) {
        if (!confirmed) {
            UserFacingException.requireReason(note);
        }
        Gated g = gate.enter(reportId, Step.CONFIRM_CHANGES);
        Step next = workflow.complete(
                g.report(), Step.CONFIRM_CHANGES, g.user(), confirmed ? Decision.CONFIRMED : Decision.RETURN);
        events.publishEvent(new AuditEvent(
                confirmed ? "committee.changesConfirmed" : "committee.changesRefused",
                g.report().getUnitId(),
                reportId,
                details("note", note)));
        return next;
    }

    /** The meetings that deliberated a report, newest first, for whoever may read it. */
    @Transactional(readOnly = true)
    public List<MeetingEntry> meetings(Long reportId) {
        guard.requireRead(reports.report(reportId).getUnitId(), reportId);
        List<Meeting> held = meetings.findByReportIdOrderByIdDesc(reportId);
        Set<Long> withFile = held.isEmpty()
                ? Set.of()
                : Set.copyOf(files.withFile(held.stream().map(Meeting::getId).toList()));
        return held.stream()
                .map(m -> new MeetingEntry(
                        m.getId(), m.toRecord(), m.getRecordedBy(), m.getRecordedAt(), withFile.contains(m.getId())))
                .toList();
    }

    private void validate(MeetingRecord record) {
        if (record == null
                || record.outcome() == null
                || record.heldOn() == null
                || record.body() == null
                || record.body().isBlank()) {
            throw new UserFacingException("error.meetingIncomplete");
        }
        if (record.heldOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new UserFacingException("error.meetingInFuture");
        }
        if (record.outcome() != MeetingOutcome.APPROVED) {
            UserFacingException.requireReason(record.minutes());
        }
    }
}
