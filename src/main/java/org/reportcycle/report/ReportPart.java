package org.reportcycle.report;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.reportcycle.shared.Part;

/** The current text of one part of a report; locked optimistically so that no edit is lost. */
@Entity
@Table(name = "rc_report_part")
public class ReportPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Convert(converter = PartConverter.class)
    @Column(nullable = false)
    private Part part;

    @Column(nullable = false)
    private String content;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ReportPart() {}

    public ReportPart(Long reportId, Part part, String content) {
        this.reportId = reportId;
        this.part = part;
        this.content = content;
    }

    public void rewrite(String newContent) {
        this.content = newContent;
    }

    public Long getReportId() {
        return reportId;
    }

    public Part getPart() {
        return part;
    }

    public String getContent() {
        return content;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
