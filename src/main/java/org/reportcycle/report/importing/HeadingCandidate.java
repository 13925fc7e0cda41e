package org.reportcycle.report.importing;

/**
 * A line that looks like a heading. Whether it starts a section is decided later, from the outline of
 * the whole document.
 *
 * @param index position in the body line list
 * @param line the line itself
 * @param style its numbering style
 * @param number its sequence number (一 = 1), 0 when unnumbered
 * @param portion the heading wording for classification: normalized, number removed, cut at the first
 *     sentence end (an "inline" heading is followed by its paragraph on the same line)
 * @param display the heading as shown, source characters, cut the same way
 */
record HeadingCandidate(int index, CleanLine line, HeadingStyle style, int number, String portion, String display) {}
