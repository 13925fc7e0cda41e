package org.reportcycle.report.importing;

/**
 * A line that survived noise stripping.
 *
 * @param number the line or paragraph number in the original upload
 * @param text the line as shown to the drafter (source characters, trimmed, artefacts removed)
 * @param key the compact normalized form used for matching
 */
record CleanLine(int number, String text, String key) {

    static CleanLine of(int number, String text) {
        return new CleanLine(number, text, TextNormalizer.compact(text));
    }
}
