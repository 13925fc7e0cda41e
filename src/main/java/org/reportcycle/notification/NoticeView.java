package org.reportcycle.notification;

import java.time.Instant;

/** One notice as its recipient sees it: the text in their language and the deep link inside the app. */
public record NoticeView(
        Long id, String kind, Long reportId, String text, String link, Instant createdAt, boolean read) {}
