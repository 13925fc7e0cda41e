package org.reportcycle.report.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and shortens the reporting unit's name. Titles carry the full administrative name
 * ("天津市西青区西营门街道办事处"); units are known in the system by the short one ("西营门街道").
 */
final class UnitNames {

    private static final int MAX_NAME = 40;
    private static final Pattern OFFICE_SUFFIX = Pattern.compile("(街道)(办事处|党工委|工委)$|(镇|乡)(人民政府|党委)$");
    private static final Pattern ADMIN_PREFIX =
            Pattern.compile("^(?:\\p{IsHan}{1,8}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗))+(?=\\p{IsHan}{2,10}(?:街道|镇|乡)$)");
    private static final Pattern IN_OPENING =
            Pattern.compile("(?:^|[,、。;:()]|年|以来)(\\p{IsHan}{2,12}?(?:街道办事处|街道|镇人民政府|乡人民政府|镇|乡|局|委员会))"
                    + "(?=[,、]|坚持|深入|全面|认真|围绕|高度|紧|始终|以|在|按照|积极|扎实|持续|聚焦|立足|严格|不断|着力|党|法治|依法|切实|牢固|把)");
    private static final String NOT_A_NAME_START = "我本全各在该此其对";
    private static final int OPENING_CHARS = 400;

    private UnitNames() {}

    /** "天津市西青区西营门街道办事处" → "西营门街道"; names that are not township-level stay as they are. */
    static String shorten(String fullName) {
        if (fullName == null || fullName.isBlank() || fullName.length() > MAX_NAME) {
            return fullName;
        }
        Matcher office = OFFICE_SUFFIX.matcher(fullName);
        String name = office.find()
                ? fullName.substring(0, office.start()) + (office.group(1) != null ? office.group(1) : office.group(3))
                : fullName;
        return ADMIN_PREFIX.matcher(name).replaceFirst("");
    }

    /** The unit named in the opening sentence ("2024年，东晓街道坚持…"), or null. */
    static String fromOpening(List<CleanLine> body) {
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < body.size() && i < 2 && opening.length() < OPENING_CHARS; i++) {
            opening.append(body.get(i).key()).append('。');
        }
        String text = opening.length() > OPENING_CHARS ? opening.substring(0, OPENING_CHARS) : opening.toString();
        Matcher m = IN_OPENING.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (NOT_A_NAME_START.indexOf(name.charAt(0)) < 0) {
                return shorten(name);
            }
        }
        return null;
    }
}
