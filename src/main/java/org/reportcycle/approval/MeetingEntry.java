package org.reportcycle.approval;

import java.time.Instant;

/** A committee meeting as others see it: what was recorded, by whom and when, and whether minutes are attached. */
public record MeetingEntry(Long id, MeetingRecord record, String recordedBy, Instant recordedAt, boolean minutesFile) {}
