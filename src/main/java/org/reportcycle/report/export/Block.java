package org.reportcycle.report.export;

/**
 * One paragraph of the exported document. {@code lead} is the emphasised start (a whole heading, or the
 * heading sentence of a run-in sub-heading such as "（一）强化组织领导。其他正文……"), {@code rest} the plain remainder.
 */
record Block(Kind kind, String lead, String rest) {

    enum Kind {
        TITLE,
        PART_HEADING,
        SUB_HEADING,
        BODY,
        /** Unit name and date: right-aligned. */
        CLOSING,
        NOTE
    }

    static Block plain(Kind kind, String text) {
        return new Block(kind, "", text);
    }

    static Block emphasised(Kind kind, String text) {
        return new Block(kind, text, "");
    }

    String text() {
        return lead + rest;
    }
}
