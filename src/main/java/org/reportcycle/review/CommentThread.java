package org.reportcycle.review;

import java.util.List;

/** A comment with its replies, oldest first. */
public record CommentThread(CommentEntry comment, List<CommentEntry> replies) {}
