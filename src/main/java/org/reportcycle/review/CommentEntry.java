package org.reportcycle.review;

import java.time.Instant;

/** A review comment or reply as others see it (the entity stays inside {@code review}). */
public record CommentEntry(
        Long id,
        Long reportId,
        Long parentId,
        String part,
        String quote,
        String body,
        String author,
        Instant createdAt,
        Comment.State state,
        Comment.AnswerKind answerKind) {

    static CommentEntry of(Comment c) {
        return new CommentEntry(
                c.getId(),
                c.getReportId(),
                c.getParentId(),
                c.getPart(),
                c.getQuote(),
                c.getBody(),
                c.getAuthor(),
                c.getCreatedAt(),
                c.getState(),
                c.getAnswerKind());
    }

    /** A thread's first comment (replies have a parent). */
    public boolean isThread() {
        return parentId == null;
    }
}
