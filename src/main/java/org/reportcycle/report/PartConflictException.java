package org.reportcycle.report;

import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Part;

/**
 * Someone else saved a part since the caller loaded it: nothing was saved, and both texts travel with the
 * refusal so the caller can compare them and lose nothing.
 *
 * @see ReportService#save
 */
public class PartConflictException extends ConflictException {

    private final transient Part part;
    private final String theirs;
    private final String yours;
    private final String theirAuthor;
    private final long currentRowVersion;

    public PartConflictException(Part part, String theirs, String yours, String theirAuthor, long currentRowVersion) {
        super("error.staleEditBoth", part.code(), theirAuthor == null ? "?" : theirAuthor);
        this.part = part;
        this.theirs = theirs;
        this.yours = yours;
        this.theirAuthor = theirAuthor;
        this.currentRowVersion = currentRowVersion;
    }

    public Part part() {
        return part;
    }

    /** The text now saved. */
    public String theirs() {
        return theirs;
    }

    /** The caller's text, not saved. */
    public String yours() {
        return yours;
    }

    public String theirAuthor() {
        return theirAuthor;
    }

    /** The row version to quote when the caller decides to overwrite after all. */
    public long currentRowVersion() {
        return currentRowVersion;
    }
}
