package org.reportcycle.workspace.ui;

import org.flowable.engine.TaskService;
import org.reportcycle.audit.AuditService;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.review.CommentRepository;

/** Boundary violations planted for {@code ModuleBoundaryTests.rules_catch_planted_leaks}: never used. */
public final class BoundaryLeaks {

    private BoundaryLeaks() {}

    /** A screen holding a Flowable type. */
    public static final class FlowableInScreen {
        TaskService tasks;
    }

    /** A screen holding another feature's repository. */
    public static final class RepositoryInScreen {
        CommentRepository comments;
    }

    /** A screen holding the report lifecycle. */
    public static final class LifecycleInScreen {
        ReportLifecycle lifecycle;
    }

    /** A screen holding the audit writer. */
    public static final class AuditWriterInScreen {
        AuditService audit;
    }
}
