package org.reportcycle.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.reportcycle.shared.UnitLevel;

/** A reporting unit; units form a tree in which a parent supervises its children. */
@Entity
@Table(name = "rc_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitLevel level;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean active = true;

    /** The formal name (全称) published as 发布机构; null: the unit's name. */
    @Column(name = "formal_name")
    private String formalName;

    protected Unit() {}

    public Unit(String code, String name, UnitLevel level, Long parentId) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentId = parentId;
    }

    /** Renames the unit, changes its level or moves it under another parent (the caller checks for loops). */
    public void place(String newName, UnitLevel newLevel, Long newParentId) {
        this.name = newName;
        this.level = newLevel;
        this.parentId = newParentId;
    }

    /** An inactive unit keeps its reports and history but takes part in no new cycle. */
    public void setActive(boolean nowActive) {
        this.active = nowActive;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitLevel getLevel() {
        return level;
    }

    /** The name published as the report's 发布机构: the formal name, or the unit's name when none is set. */
    public String getFormalName() {
        return formalName == null || formalName.isBlank() ? name : formalName;
    }

    /** Sets the formal name (null or blank: the unit's name). */
    public void setFormalName(String newFormalName) {
        this.formalName = newFormalName == null || newFormalName.isBlank() ? null : newFormalName;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    /** Units are the same when they have the same id (pickers and trees compare fresh copies). */
    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Unit u && id != null && id.equals(u.id));
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
