package org.reportcycle.review;

import java.util.List;

/** A comment with its replies, oldest first. */
public record CommentThread(Comment comment, List<Comment> replies) {}
