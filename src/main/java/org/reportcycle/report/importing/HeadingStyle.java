package org.reportcycle.report.importing;

/**
 * Numbering styles of headings, in the conventional order of Chinese official documents, outermost first
 * (GB/T 9704 uses 一、 → （一） → 1. → （1）). The marker decides the level: the outermost style present is
 * the top level, however few headings it has. A report may skip levels.
 */
enum HeadingStyle {
    /** 第一部分, 第一章 */
    PART,
    /** 一、 一． 一, 一 (space), and Ⅰ、 Ⅱ. (Roman numerals stand at the same level) */
    HAN,
    /** （一） (一), and 一) whose opening bracket was lost */
    HAN_PAREN,
    /** 1. 1、 1． */
    ARABIC,
    /** （1） (1) ① 1) 1） */
    ARABIC_PAREN,
    /** 一是… written as a short line of its own */
    HAN_SHI,
    /** a short line without any number */
    UNNUMBERED;

    boolean numbered() {
        return this != UNNUMBERED;
    }
}
