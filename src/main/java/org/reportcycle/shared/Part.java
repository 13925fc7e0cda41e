package org.reportcycle.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The statutory parts of an annual report (DOMAIN.md) plus the optional rectification part.
 * {@link #code()} is the short form used in the API and the database: "1" … "5", "R".
 */
public enum Part {
    MEASURES("1", "上一年度推进法治政府建设的主要举措和成效", "Main measures and results", true),
    SHORTCOMINGS("2", "上一年度推进法治政府建设存在的不足和原因", "Shortcomings and their causes", true),
    FIRST_RESPONSIBLE(
            "3",
            "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
            "How the principal leaders performed their duty as first responsible person",
            true),
    NEXT_YEAR("4", "下一年度推进法治政府建设的主要安排", "Main arrangements for the next year", true),
    OTHER("5", "其他需要报告的情况", "Other matters to report", false),
    RECTIFICATION("R", "上一年度问题整改情况", "Rectification of last year's shortcomings", false);

    private final String code;
    private final String titleZh;
    private final String titleEn;
    private final boolean mandatory;

    Part(String code, String titleZh, String titleEn, boolean mandatory) {
        this.code = code;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.mandatory = mandatory;
    }

    public String code() {
        return code;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public static Optional<Part> ofCode(String code) {
        return Arrays.stream(values())
                .filter(p -> p.code.equalsIgnoreCase(code))
                .findFirst();
    }

    /** The order in which parts are shown and exported: 1, R, 2, 3, 4, 5 (rectification follows the measures). */
    public static Part[] documentOrder() {
        return new Part[] {MEASURES, RECTIFICATION, SHORTCOMINGS, FIRST_RESPONSIBLE, NEXT_YEAR, OTHER};
    }
}
