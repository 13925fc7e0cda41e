package org.reportcycle.report;

/**
 * What an import does to one part: take the file's text, keep the part as it is, or add the file's text
 * after it. A part the file lacks is kept unless the drafter chooses to replace it (and so empty it).
 */
public enum ImportMerge {
    REPLACE,
    KEEP,
    APPEND;

    /** The default: the file's text where the file has the part, the current text where it does not. */
    public static ImportMerge byDefault(String fileText) {
        return fileText == null || fileText.isBlank() ? KEEP : REPLACE;
    }

    /** The part's text after the import, from its current text and the file's. */
    public String apply(String current, String fromFile) {
        String now = current == null ? "" : current;
        String file = fromFile == null ? "" : fromFile;
        return switch (this) {
            case REPLACE -> file;
            case KEEP -> now;
            case APPEND -> now.isBlank() ? file : file.isBlank() ? now : now.stripTrailing() + "\n" + file;
        };
    }

    public String messageKey() {
        return "import.merge." + name();
    }
}
