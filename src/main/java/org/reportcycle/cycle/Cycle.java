package org.reportcycle.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One reporting year: the reports written early next year about {@link #getReportYear()}. */
@Entity
@Table(name = "rc_cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_year", nullable = false, unique = true)
    private int reportYear;

    @Column(nullable = false)
    private String name;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Cycle() {}

    public Cycle(int reportYear, String name, Instant openedAt) {
        this.reportYear = reportYear;
        this.name = name;
        this.openedAt = openedAt;
    }

    public Long getId() {
        return id;
    }

    public int getReportYear() {
        return reportYear;
    }

    public String getName() {
        return name;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
