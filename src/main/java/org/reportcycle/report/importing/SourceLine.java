package org.reportcycle.report.importing;

/**
 * One line of the uploaded document as read, before any cleaning.
 *
 * @param number 1-based line number in the .txt file, or 1-based paragraph number in the .docx
 *     (several lines may share a paragraph number when the paragraph holds manual line breaks)
 * @param text the raw text of the line
 */
record SourceLine(int number, String text) {}
