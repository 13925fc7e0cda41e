package org.reportcycle.notification;

/** Whether a person receives a kind of notice in the application and by e-mail. */
public record Preference(String kind, boolean inApp, boolean byMail) {}
