package org.reportcycle.report.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the reporting year of a report without a title. The reporting year is the one the text talks
 * about most, and reports open with it ("2024年以来…", "2024年，…"), so opening mentions count extra.
 */
final class YearGuesser {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final int OPENING_BONUS = 3;
    private static final int MAX_SCAN_CHARS = 500_000;

    private YearGuesser() {}

    static Integer guess(List<CleanLine> body) {
        Map<Integer, Integer> score = new HashMap<>();
        int scanned = 0;
        for (int i = 0; i < body.size() && scanned < MAX_SCAN_CHARS; i++) {
            String key = body.get(i).key();
            scanned += key.length();
            Matcher m = YEAR.matcher(key);
            while (m.find()) {
                int weight = i == 0 && m.start() < 20 ? 1 + OPENING_BONUS : 1;
                score.merge(Integer.valueOf(m.group(1)), weight, Integer::sum);
            }
        }
        return score.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
