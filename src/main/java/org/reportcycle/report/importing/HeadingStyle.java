package org.reportcycle.report.importing;

/**
 * Numbering styles of headings, in the conventional order of Chinese official documents, outermost first
 * (GB/T 9704 uses 一、 → （一） → 1. → （1）). A report may skip levels; the outline is built from the
 * styles actually present.
 */
enum HeadingStyle {
    /** 第一部分, 第一章 */
    PART,
    /** 一、 一． 一, */
    HAN,
    /** （一） (一) */
    HAN_PAREN,
    /** 1. 1、 1． */
    ARABIC,
    /** （1） (1) ① */
    ARABIC_PAREN,
    /** 一是… written as a short line of its own */
    HAN_SHI,
    /** a short line without any number */
    UNNUMBERED;

    boolean numbered() {
        return this != UNNUMBERED;
    }
}
