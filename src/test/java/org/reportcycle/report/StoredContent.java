package org.reportcycle.report;

/** For data generators: a report text as the application stores it with a version, and its hash. */
public final class StoredContent {

    private static final ReportContentCodec CODEC = new ReportContentCodec();

    private StoredContent() {}

    /** The version content: {"title":…,"parts":{"1":…}}. */
    public static String encode(ReportText text) {
        return CODEC.encode(text);
    }

    /** The content hash stored beside it. */
    public static String hash(String content) {
        return CODEC.hash(content);
    }
}
