/**
 * Differences between two versions of a report, for reviewers who need to see what the drafter changed.
 *
 * <p>{@link org.reportcycle.report.diff.TextDiff} aligns paragraphs (lines) and, inside a changed paragraph,
 * marks single characters: Chinese has no spaces, so a word-level diff would mark whole sentences.
 * {@link org.reportcycle.report.diff.ReportDiff} applies it to the title and each part of two
 * {@link org.reportcycle.report.ReportText}s. The results are plain records, ready to be rendered as two
 * columns with highlights.
 *
 * <p>Pure Java: depends only on {@code shared}, {@link org.reportcycle.report.ReportText} and java-diff-utils.
 */
package org.reportcycle.report.diff;
