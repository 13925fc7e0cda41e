package org.reportcycle.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The record of a committee meeting that deliberated a report. Never changed once recorded. */
@Entity
@Table(name = "rc_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private String body;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "session_no")
    private String sessionNo;

    private String attendance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingOutcome outcome;

    private String minutes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Meeting() {}

    Meeting(Long reportId, MeetingRecord record, String recordedBy, Instant recordedAt) {
        this.reportId = reportId;
        this.body = record.body();
        this.heldOn = record.heldOn();
        this.sessionNo = record.sessionNo();
        this.attendance = record.attendance();
        this.outcome = record.outcome();
        this.minutes = record.minutes();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public MeetingRecord toRecord() {
        return new MeetingRecord(body, heldOn, sessionNo, attendance, outcome, minutes);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
