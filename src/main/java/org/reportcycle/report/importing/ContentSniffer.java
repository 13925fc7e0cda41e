package org.reportcycle.report.importing;

/**
 * Decides what an upload really is from its first bytes. The file name is only a hint for messages:
 * people rename files, and sites serve .doc files as .docx.
 */
final class ContentSniffer {

    /** What the bytes look like. */
    enum Kind {
        ZIP,
        TEXT
    }

    private ContentSniffer() {}

    static Kind sniff(byte[] bytes) {
        if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "PK\u0005\u0006")) {
            return Kind.ZIP;
        }
        String foreign = foreignFormat(bytes);
        if (foreign != null) {
            throw ImportException.unsupportedType(foreign);
        }
        return Kind.TEXT;
    }

    // Formats people commonly upload by mistake; named so the message can tell them what to do.
    private static String foreignFormat(byte[] b) {
        if (startsWithBytes(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "Word 97-2003 .doc / .wps";
        }
        if (startsWith(b, "%PDF")) {
            return "PDF";
        }
        if (startsWith(b, "{\\rtf")) {
            return "RTF";
        }
        if (startsWithBytes(b, 0x89, 'P', 'N', 'G') || startsWithBytes(b, 0xFF, 0xD8, 0xFF) || startsWith(b, "GIF8")) {
            return "image";
        }
        if (startsWith(b, "Rar!") || startsWithBytes(b, '7', 'z', 0xBC, 0xAF) || startsWithBytes(b, 0x1F, 0x8B)) {
            return "archive";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        int[] prefix = ascii.chars().toArray();
        return startsWithBytes(bytes, prefix);
    }

    private static boolean startsWithBytes(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
