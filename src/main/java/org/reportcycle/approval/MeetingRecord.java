package org.reportcycle.approval;

import java.time.LocalDate;

/**
 * What the committee secretary records of the meeting.
 *
 * @param body 党工委会议 / 党委会 / 党组会 / 常务会议
 * @param minutes the minutes or the reasons (required unless approved)
 */
public record MeetingRecord(
        String body, LocalDate heldOn, String sessionNo, String attendance, MeetingOutcome outcome, String minutes) {}
