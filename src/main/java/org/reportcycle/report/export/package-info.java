/**
 * Export of a report as a Word ({@code .docx}), PDF or OFD file in the layout of a Chinese official document
 * (党政机关公文格式, GB/T 9704-2012): centred title, numbered part headings, body paragraphs indented by two
 * characters, and the unit name and date written at the end.
 *
 * <p>The entry point is {@link org.reportcycle.report.export.ReportExporter}; its input is an
 * {@link org.reportcycle.report.export.ExportDocument}. Both formats are built from the same list of
 * paragraphs, so they always agree on headings and numbering.
 *
 * <p>Pure Java: depends only on {@code shared}, {@link org.reportcycle.report.ReportText}, Apache POI,
 * Apache PDFBox and ofdrw (OFD). The approval sheet is a ruled table ({@code ApprovalSheetPdf}); the visible
 * signature block ({@code SignatureBlock}) is drawn here for {@code report.signing}. The PDF and OFD embed
 * subsets of the free fonts in {@code /fonts/} that stand for GB/T 9704's faces ({@code Typeface}: 小标宋, 黑体,
 * 楷体, 仿宋, with Noto Serif SC as 宋体 and fallback); their licences lie beside them.
 */
package org.reportcycle.report.export;
