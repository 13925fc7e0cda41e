package org.reportcycle.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.reportcycle.shared.Step;

/** A chase (催办) the supervising office sent to the people holding a report's open step. */
@Entity
@Table(name = "rc_chase")
public class Chase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Step step;

    @Column(nullable = false)
    private String message;

    /** The display names of the people told, joined with 、. */
    @Column(nullable = false)
    private String recipients;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Chase() {}

    Chase(Long reportId, Long unitId, Step step, String message, String recipients, String sentBy, Instant sentAt) {
        this.reportId = reportId;
        this.unitId = unitId;
        this.step = step;
        this.message = message;
        this.recipients = recipients;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Step getStep() {
        return step;
    }

    public String getMessage() {
        return message;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
