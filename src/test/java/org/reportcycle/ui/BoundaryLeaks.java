package org.reportcycle.ui;

import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.review.ReviewService;

/** Boundary violations planted for {@code ModuleBoundaryTests.rules_catch_planted_leaks}: never used. */
public final class BoundaryLeaks {

    private BoundaryLeaks() {}

    /** The shell holding the report lifecycle. */
    public static final class LifecycleInShell {
        ReportLifecycle lifecycle;
    }

    /** The shell importing a feature. */
    public static final class FeatureInShell {
        ReviewService review;
    }
}
