package org.reportcycle.report.importing;

/**
 * An upload that cannot be imported. Carries a stable message key for the UI and API (for example
 * {@code import.empty}) and the message in Chinese and English, so callers never parse text.
 * It is the only exception {@link ReportImporter#preview} lets escape.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String messageZh;
    private final String messageEn;

    public ImportException(String key, String messageZh, String messageEn) {
        this(key, messageZh, messageEn, null);
    }

    public ImportException(String key, String messageZh, String messageEn, Throwable cause) {
        super(key + ": " + messageEn, cause);
        this.key = key;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** The message key, e.g. {@code import.brokenDocx}. */
    public String key() {
        return key;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    static ImportException empty() {
        return new ImportException(
                "import.empty", "文件为空或没有可导入的文字。", "The file is empty or contains no importable text.");
    }

    static ImportException tooLarge(long limitBytes) {
        long mb = limitBytes / (1024 * 1024);
        return new ImportException(
                "import.tooLarge", "文件超过 " + mb + " MB 的上限。", "The file exceeds the " + mb + " MB limit.");
    }

    static ImportException brokenDocx(Throwable cause) {
        return new ImportException(
                "import.brokenDocx",
                "Word 文件已损坏或不完整，请在 Word 中打开并重新保存为 .docx。",
                "The Word file is damaged or incomplete; open it in Word and save it again as .docx.",
                cause);
    }

    static ImportException notText() {
        return new ImportException(
                "import.notText",
                "文件不是可读的文本（可能是改了扩展名的二进制文件）。",
                "The file is not readable text (perhaps a binary file renamed to .txt).");
    }

    static ImportException unsupportedType(String what) {
        return new ImportException(
                "import.unsupportedType",
                "不支持的文件类型（" + what + "），请上传 .docx 或 .txt。",
                "Unsupported file type (" + what + "); please upload .docx or .txt.");
    }

    static ImportException zipBomb() {
        return new ImportException(
                "import.zipBomb",
                "文件解压后体积异常庞大，已拒绝导入。",
                "The file expands to an abnormal size when unpacked and was rejected.");
    }
}
