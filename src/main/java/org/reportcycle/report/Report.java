package org.reportcycle.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.reportcycle.shared.Step;

/** One unit's report for one cycle; its step mirrors the open task of its process instance. */
@Entity
@Table(name = "rc_report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Step step;

    @Column(name = "step_since", nullable = false)
    private Instant stepSince;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "current_version")
    private int currentVersion;

    /** Serialises step changes: two people completing the same step cannot both commit. */
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "index_no")
    private String indexNo;

    private String issuer;

    @Column(name = "written_on")
    private LocalDate writtenOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "office_state")
    private OfficeState officeState;

    @Column(name = "office_decided_at")
    private Instant officeDecidedAt;

    @Column(name = "office_decided_by")
    private String officeDecidedBy;

    @Column(name = "office_note")
    private String officeNote;

    /** Where a filed report stands with the supervising office. */
    public enum OfficeState {
        RECEIVED,
        ACCEPTED,
        RETURNED
    }

    protected Report() {}

    public Report(Long cycleId, Long unitId, String title, Instant now) {
        this.cycleId = cycleId;
        this.unitId = unitId;
        this.title = title;
        this.step = Step.DRAFT;
        this.stepSince = now;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(Step newStep, Instant now) {
        this.step = newStep;
        this.stepSince = now;
    }

    public int nextVersion() {
        return ++currentVersion;
    }

    public void retitle(String newTitle) {
        this.title = newTitle;
    }

    public void publish(String newIndexNo, String newIssuer, LocalDate newWrittenOn, Instant now) {
        this.indexNo = newIndexNo;
        this.issuer = newIssuer;
        this.writtenOn = newWrittenOn;
        this.publishedAt = now;
        moveTo(Step.PUBLISHED, now);
    }

    void file(Instant now) {
        this.filedAt = now;
        this.officeState = OfficeState.RECEIVED;
        this.officeDecidedAt = null;
        this.officeDecidedBy = null;
        this.officeNote = null;
    }

    void officeDecides(OfficeState state, String by, String note, Instant now) {
        this.officeState = state;
        this.officeDecidedBy = by;
        this.officeNote = note;
        this.officeDecidedAt = now;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public OfficeState getOfficeState() {
        return officeState;
    }

    public Instant getOfficeDecidedAt() {
        return officeDecidedAt;
    }

    public String getOfficeDecidedBy() {
        return officeDecidedBy;
    }

    public String getOfficeNote() {
        return officeNote;
    }

    public Long getId() {
        return id;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public Step getStep() {
        return step;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public String getIndexNo() {
        return indexNo;
    }

    public String getIssuer() {
        return issuer;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
