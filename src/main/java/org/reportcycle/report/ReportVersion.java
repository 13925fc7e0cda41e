package org.reportcycle.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A snapshot of a report's title and parts, taken on every save and every step. Never changed. */
@Entity
@Table(name = "rc_report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionReason reason;

    private String note;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String content;

    protected ReportVersion() {}

    ReportVersion(
            Long reportId,
            int versionNo,
            String author,
            Instant createdAt,
            VersionReason reason,
            String note,
            String contentHash,
            String content) {
        this.reportId = reportId;
        this.versionNo = versionNo;
        this.author = author;
        this.createdAt = createdAt;
        this.reason = reason;
        this.note = note;
        this.contentHash = contentHash;
        this.content = content;
    }

    public Long getReportId() {
        return reportId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public VersionReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }
}
