/**
 * Importing an existing report (.docx or .txt) into a draft: the bytes are sniffed and decoded,
 * web-page noise is stripped, headings are found and each top-level heading is mapped to one of the
 * statutory parts ({@link org.reportcycle.shared.Part}). The result is an {@link
 * org.reportcycle.report.importing.ImportPreview} the drafter confirms or corrects before it becomes a
 * {@link org.reportcycle.report.ReportText}.
 *
 * <p>Pure Java on purpose: no web or workflow types, so the same code serves the upload form, batch
 * imports and tests. Entry point: {@link org.reportcycle.report.importing.ReportImporter}.
 */
package org.reportcycle.report.importing;
