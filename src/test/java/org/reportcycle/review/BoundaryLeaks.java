package org.reportcycle.review;

import org.reportcycle.approval.Meeting;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.audit.AuditService;
import org.reportcycle.notification.NotificationService;

/** Boundary violations planted for {@code ModuleBoundaryTests.rules_catch_planted_leaks}: never used. */
public final class BoundaryLeaks {

    private BoundaryLeaks() {}

    /** One step feature importing another. */
    public static final class SidewaysImport {
        SignoffService signoff;
    }

    /** A step feature reaching up to a layer above it (notices listen to events). */
    public static final class UpwardImport {
        NotificationService notices;
    }

    /** Another feature's entity. */
    public static final class ForeignEntity {
        Meeting meeting;
    }

    /** A service calling the audit writer instead of publishing an event. */
    public static final class AuditWriterInService {
        AuditService audit;
    }
}
