package org.reportcycle.shared;

/** A file made for download: a report export, an approval sheet, a CSV, a meeting's minutes. */
public record ExportedFile(String fileName, String contentType, byte[] content) {}
