package org.reportcycle.organization;

import java.text.Normalizer;
import java.util.Locale;
import org.reportcycle.shared.UserFacingException;

/**
 * User names and unit names as they are stored: NFKC-normalised (full-width letters become ASCII, compatibility
 * forms fold), stripped, and refused when they hold invisible, control or direction-override characters, so
 * that no two names look alike on screen, in the audit trail or on an approval sheet yet differ in the data.
 */
public final class Names {

    private Names() {}

    /** The name normalised; refused ({@code error.nameCharacters}) when it holds characters one cannot see. */
    public static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (hasHiddenCharacters(n)) {
            throw new UserFacingException("error.nameCharacters");
        }
        return n;
    }

    /** The key two names collide on: normalised and case-folded (user names are compared without case). */
    public static String collisionKey(String name) {
        return name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the text holds control characters (including TAB and line breaks), format characters (zero-width
     * space and joiners, BOM, soft hyphen, direction marks, embeddings, overrides and isolates), unassigned,
     * private-use or surrogate code points, or line and paragraph separators.
     */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(Names::hidden);
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0x3164
                || cp == 0xFFA0 // Hangul fillers, shown as nothing
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
