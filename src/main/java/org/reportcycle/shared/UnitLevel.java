package org.reportcycle.shared;

/** The level of a reporting unit; deadlines are configured per level. */
public enum UnitLevel {
    COUNTY,
    DEPARTMENT,
    TOWNSHIP,
    STREET;

    public String messageKey() {
        return "level." + name();
    }
}
