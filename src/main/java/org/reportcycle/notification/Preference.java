package org.reportcycle.notification;

/** Whether a person receives a kind of notice in the application, by e-mail and on their unit's group robots. */
public record Preference(String kind, boolean inApp, boolean byMail, boolean byRobot) {

    public Preference(String kind, boolean inApp, boolean byMail) {
        this(kind, inApp, byMail, false);
    }
}
