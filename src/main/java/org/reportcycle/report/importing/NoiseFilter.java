package org.reportcycle.report.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what copying a report off a government web page or out of a PDF leaves behind: breadcrumbs,
 * publishing metadata, page markers, date-only lines and blank lines. Line numbers of what remains are
 * kept, so headings can still be located in the original.
 */
final class NoiseFilter {

    /** Longer lines are content, whatever they start with; also keeps the patterns cheap on huge lines. */
    private static final int MAX_NOISE_LENGTH = 120;

    private static final Pattern BREADCRUMB =
            Pattern.compile("^(当前位置|您的位置|您现在的位置|你的位置|你现在的位置|所在位置|位置)[:>].*" + "|.*首页.{0,40}(>|»|›|→|/|\\|).*");
    private static final Pattern METADATA =
            Pattern.compile("^(来源|信息来源|文章来源|发布时间|发布日期|发文日期|成文日期|更新时间|时间|日期|索引号|发布机构|发文机关|发文字号|文号|"
                    + "主题分类|主题词|浏览次数|浏览量|访问量|点击数|点击量|阅读数|作者|编辑|责任编辑|审核|字号|字体|【字体|分享到|分享)[:：].*"
                    + "|.*(发布时间|发布日期|信息来源|浏览次数)[:：].*"
                    + "|.*(【打印|打印本页|关闭窗口|【关闭|扫一扫在手机|收藏本页|【大】|字号[:：]?大中小|默认大中小).*");
    private static final Pattern DATE_ONLY =
            Pattern.compile("^[(\\[]?\\d{4}[-/.年]\\d{1,2}([-/.月]\\d{1,2}日?)?((星期|周)[一二三四五六日天])?"
                    + "([T\\s]*\\d{1,2}:\\d{2}(:\\d{2})?)?[)\\]]?$");
    private static final Pattern SITE_CHROME =
            Pattern.compile("^((无障碍|简体|繁体|English|长者模式|关怀版|适老化|登录|注册|手机版|网站地图|返回顶部)[|/,、]?)+$");
    private static final Pattern PAGE_MARKER = Pattern.compile(
            "^(第\\d+页([,/]?共\\d+页)?|共\\d+页第\\d+页|[-—–_~]+\\d+[-—–_~]+|\\d+/\\d+|page\\d+(of\\d+)?|\\d+)$",
            Pattern.CASE_INSENSITIVE);

    /** A closing signature: the issuing body's name on a line of its own (a unit, office or government). */
    private static final Pattern SIGNATURE =
            Pattern.compile("^[\\p{IsHan}()（）]{2,30}(街道|街道办事处|办事处|镇|乡|人民政府|政府|委员会|党工委|党委|局|办公室|司法所|管委会)$");

    /** How many lines at the end of a document may be its signature block (name, date). */
    private static final int SIGNATURE_LINES = 3;

    private NoiseFilter() {}

    static List<CleanLine> filter(List<SourceLine> source) {
        List<CleanLine> kept = new ArrayList<>();
        for (SourceLine line : source) {
            String text = TextNormalizer.clean(line.text());
            if (text.isEmpty()) {
                continue;
            }
            CleanLine clean = CleanLine.of(line.number(), text);
            if (clean.key().isEmpty() || isNoise(clean.key())) {
                continue;
            }
            kept.add(clean);
        }
        dropSignature(kept);
        return kept;
    }

    /**
     * An exported or printed report ends with the unit's name and the date written; the date is dropped
     * as a date line, and a name line among the last lines is the signature, not part 4's last paragraph.
     */
    private static void dropSignature(List<CleanLine> kept) {
        for (int i = kept.size() - 1; i >= 0 && i >= kept.size() - SIGNATURE_LINES; i--) {
            if (SIGNATURE.matcher(kept.get(i).key()).matches()) {
                kept.remove(i);
            }
        }
    }

    static boolean isNoise(String key) {
        if (key.length() > MAX_NOISE_LENGTH) {
            return false;
        }
        return BREADCRUMB.matcher(key).matches()
                || METADATA.matcher(key).matches()
                || DATE_ONLY.matcher(key).matches()
                || PAGE_MARKER.matcher(key).matches()
                || SITE_CHROME.matcher(key).matches();
    }
}
