package org.reportcycle.approval;

import java.util.Locale;
import java.util.Optional;
import org.reportcycle.shared.UserFacingException;

/**
 * A meeting's minutes file as uploaded. Its type is told by its first bytes, not by its name: PDF, Word
 * (.docx, or the older .doc), or a scan as PNG or JPEG; anything else, or a file over the limit, is refused.
 */
public record MinutesFile(String fileName, byte[] content) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public MinutesFile {
        fileName = fileName == null || fileName.isBlank() ? "minutes" : fileName.strip();
        if (fileName.length() > 200) {
            fileName = fileName.substring(fileName.length() - 200);
        }
        content = content == null ? new byte[0] : content;
    }

    /** The file's real type, or a refusal saying what is accepted. */
    public String contentType() {
        if (content.length == 0) {
            throw new UserFacingException("error.minutesEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("error.minutesTooLarge", MAX_BYTES / 1024 / 1024);
        }
        return sniff(content).orElseThrow(() -> new UserFacingException("error.minutesType"));
    }

    static Optional<String> sniff(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46)) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("application/msword");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The name a download should carry: the uploaded name, with an extension that matches the real type. */
    static String downloadName(String fileName, String contentType) {
        String ext = switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "application/msword" -> ".doc";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> ".docx";
        };
        return fileName.toLowerCase(Locale.ROOT).endsWith(ext) ? fileName : fileName + ext;
    }
}
