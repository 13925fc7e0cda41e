package org.reportcycle.report.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a plain-text upload. Chinese government sites and Windows editors still produce GBK files, so
 * bytes that are not valid UTF-8 are read as GB18030 (a superset of GBK). Bytes valid in neither, or
 * full of control characters, are not text at all.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    /** The decoded text and which charset was used, for the notes. */
    record Decoded(String text, String charset) {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String utf8 = strict(bytes, 3, StandardCharsets.UTF_8);
            return checked(utf8 != null ? utf8 : strict(bytes, 3, GB18030), utf8 != null ? "UTF-8" : "GB18030");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, "UTF-8");
        }
        return checked(strict(bytes, 0, GB18030), "GB18030");
    }

    /** Splits on any line ending; lines are numbered 1-based, blank lines included, as an editor shows them. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new SourceLine(number, text.substring(start)));
        }
        return lines;
    }

    private static Decoded checked(String text, String charset) {
        if (text == null || looksBinary(text)) {
            throw ImportException.notText();
        }
        return new Decoded(text, charset);
    }

    // Real text has no NULs and almost no control characters; a renamed binary has plenty.
    private static boolean looksBinary(String text) {
        int controls = 0;
        int nuls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                nuls++;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
                controls++;
            }
        }
        return nuls > 2 || controls > Math.max(2, text.length() / 200);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
