package org.reportcycle.report.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits last year's part 2 into its individual shortcomings. Each is usually a numbered sub-heading
 * ("（一）街道执法力量相对薄弱。…") or an "一是…二是…" clause; its point is the first sentence.
 */
final class ShortcomingItems {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.,]|\\(\\s*[一二三四五六七八九十\\d]{1,3}\\s*\\)|\\d{1,2}(?:、|[.,](?!\\d))|[一二三四五六七八九十]是)\\s*");
    private static final Pattern SHI_CLAUSE = Pattern.compile("[一二三四五六七八九十]是");
    private static final Pattern PART_HEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}[、.,].{0,30}(问题|不足|短板|差距)");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^[^。;!?]+");
    private static final int MAX_POINT = 60;

    private ShortcomingItems() {}

    static List<String> split(String previousShortcomings) {
        List<String> items = new ArrayList<>();
        for (String line : Wording.lines(previousShortcomings)) {
            if (PART_HEADING.matcher(line).find() && line.length() <= 40) {
                continue;
            }
            List<String> clauses = shiClauses(line);
            if (clauses.size() > 1) {
                clauses.forEach(c -> addPoint(c, items));
            } else {
                addPoint(MARKER.matcher(line).replaceFirst(""), items);
            }
        }
        return items;
    }

    // "…但还存在着一定的差距和不足。一是基层力量薄弱。…二是…" → one item per clause, the lead-in dropped.
    private static List<String> shiClauses(String line) {
        List<String> clauses = new ArrayList<>();
        Matcher m = SHI_CLAUSE.matcher(line);
        int start = -1;
        while (m.find()) {
            if (start >= 0) {
                clauses.add(line.substring(start, m.start()));
            }
            start = m.end();
        }
        if (start >= 0) {
            clauses.add(line.substring(start));
        }
        return clauses;
    }

    private static void addPoint(String text, List<String> items) {
        Matcher m = FIRST_SENTENCE.matcher(text.strip());
        String point = m.find() ? m.group().strip() : text.strip();
        if (point.length() > MAX_POINT) {
            point = point.substring(0, MAX_POINT);
        }
        if (KeyPhrases.of(point).size() >= 2) {
            items.add(point);
        }
    }
}
