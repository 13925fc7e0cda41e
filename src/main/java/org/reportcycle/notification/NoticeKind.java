package org.reportcycle.notification;

import java.util.List;

/** The kinds of notice people choose to receive; {@code NotifyEvent.kind()} names one of them. */
public final class NoticeKind {

    public static final String TASK = "task";
    public static final String RETURNED = "returned";
    public static final String REMINDER = "reminder";
    public static final String OVERDUE = "overdue";
    public static final String PUBLISHED = "published";
    public static final String CC = "cc";
    public static final String DELEGATION = "delegation";
    /** The supervising office chases a unit (催办). */
    public static final String CHASE = "chase";

    /** Every kind, in the order the settings screen lists them. */
    public static final List<String> ALL = List.of(TASK, RETURNED, REMINDER, OVERDUE, CHASE, PUBLISHED, CC, DELEGATION);

    private NoticeKind() {}

    public static String messageKey(String kind) {
        return "notify.kind." + kind;
    }
}
