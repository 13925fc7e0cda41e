package org.reportcycle.shared;

/**
 * The longest text each kind of free-text field takes, enforced by the services before anything changes.
 * A longer text is refused with 400 and a message naming the field ({@code error.tooLong.<field>}).
 */
public final class Limits {

    /** Notes, reasons, opinions: a few paragraphs. */
    public static final int NOTE = 2_000;

    /** Names of people and units (the columns hold 100 and 200 characters). */
    public static final int USERNAME = 64;

    public static final int DISPLAY_NAME = 100;

    public static final int UNIT_NAME = 200;

    private Limits() {}

    /**
     * The text itself when it is at most {@code max} characters (code points) long, else a refusal naming
     * the field: {@code error.tooLong.<field>} with the limit as argument.
     */
    public static String atMost(String value, int max, String field) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new UserFacingException("error.tooLong." + field, max);
        }
        return value;
    }
}
