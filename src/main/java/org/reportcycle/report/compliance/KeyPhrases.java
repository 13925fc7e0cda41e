package org.reportcycle.report.compliance;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Significant Chinese bigrams of a phrase. Without a dictionary there are no words, but two texts about
 * the same problem share character pairs ("执法", "力量", "薄弱"); pairs made of function characters or of
 * words every report uses ("法治", "建设", "问题") say nothing and are dropped.
 */
final class KeyPhrases {

    private static final String FUNCTION_CHARS = "的了和与及在是等有对中为把被将而并或也就都这那其之于以所不还较更已仍";
    private static final Set<String> COMMON = Set.of(
            "法治", "治政", "政府", "府建", "建设", "工作", "存在", "问题", "不足", "有待", "进一", "一步", "提升", "提高", "加强", "进行", "开展", "推进",
            "方面", "需要", "部分", "相关", "情况", "水平", "一定", "街道", "我镇", "我街", "全镇", "全街", "单位", "部门", "科室", "社区", "够到", "到位",
            "深入", "持续", "进一步");

    private KeyPhrases() {}

    static Set<String> of(String text) {
        Set<String> bigrams = new LinkedHashSet<>();
        String s = Wording.normalize(text);
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (isHan(a) && isHan(b) && FUNCTION_CHARS.indexOf(a) < 0 && FUNCTION_CHARS.indexOf(b) < 0) {
                String pair = "" + a + b;
                if (!COMMON.contains(pair)) {
                    bigrams.add(pair);
                }
            }
        }
        return bigrams;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
