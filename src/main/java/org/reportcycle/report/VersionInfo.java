package org.reportcycle.report;

import java.time.Instant;

/** One entry of a report's version history. */
public record VersionInfo(
        int versionNo, String author, Instant createdAt, VersionReason reason, String note, String contentHash) {}
