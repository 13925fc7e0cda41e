package org.reportcycle.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;

/** A milestone's due date for the units of one level in one cycle. */
@Entity
@Table(name = "rc_deadline")
public class Deadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false)
    private UnitLevel unitLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Milestone milestone;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    protected Deadline() {}

    public Deadline(Long cycleId, UnitLevel unitLevel, Milestone milestone, LocalDate dueDate) {
        this.cycleId = cycleId;
        this.unitLevel = unitLevel;
        this.milestone = milestone;
        this.dueDate = dueDate;
    }

    public void moveTo(LocalDate newDate) {
        this.dueDate = newDate;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public UnitLevel getUnitLevel() {
        return unitLevel;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
