package org.reportcycle.report.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed documents of record. The published report's PDF is signed once per version and the signed
 * file kept, so every download is the same file; each approval sheet is signed as it is printed. Either way
 * the file's SHA-256 goes into the register ({@code rc_signed_document}) and the audit trail
 * ({@code document.signed}) in the caller's transaction. Callers have checked who may have the document.
 */
@Service
@Transactional
public class SignedDocuments {

    /** Which document of record. */
    public enum Kind {
        REPORT,
        APPROVAL_SHEET
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final DocumentSigner signer;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    public SignedDocuments(
            DocumentSigner signer,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            ReportCycleSettings settings) {
        this.signer = signer;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.zone = settings.zone();
    }

    /** The signed PDF of a published report's version: the kept one, or {@code render}ed and signed now. */
    public byte[] publishedReport(long unitId, long reportId, int version, Supplier<byte[]> render) {
        List<byte[]> kept = jdbc.query(
                "SELECT content FROM rc_signed_document WHERE report_id = ? AND kind = ? AND version = ? "
                        + "AND content IS NOT NULL ORDER BY id",
                (rs, n) -> rs.getBytes(1),
                reportId,
                Kind.REPORT.name(),
                version);
        if (!kept.isEmpty()) {
            return kept.getFirst();
        }
        return sign(unitId, reportId, version, Kind.REPORT, render.get(), true);
    }

    /** Signs an approval sheet and registers it (the file itself is not kept). */
    public byte[] approvalSheet(long unitId, long reportId, int version, byte[] pdf) {
        return sign(unitId, reportId, version, Kind.APPROVAL_SHEET, pdf, false);
    }

    private byte[] sign(long unitId, long reportId, int version, Kind kind, byte[] pdf, boolean keep) {
        Instant now = Instant.now(clock);
        Calendar when = GregorianCalendar.from(now.atZone(zone));
        Map<String, String> identity = Map.of(
                PdfSignatureCheck.REPORT_ID, Long.toString(reportId),
                PdfSignatureCheck.VERSION, Integer.toString(version),
                PdfSignatureCheck.KIND, kind.name());
        String what = kind == Kind.REPORT ? "公开发布的报告（第 " + version + " 版）" : "审批单（报告第 " + version + " 版）";
        List<String> block = List.of(
                signer.demo() ? "电子签名 · 演示签名（不具效力）" : "电子签名",
                "签名人：" + signer.signerName(),
                "时间：" + TIME.format(now.atZone(zone)),
                "文件：" + what,
                "核验：公开门户「文件核验」");
        byte[] signed;
        try {
            signed = PdfSigning.sign(pdf, signer, identity, block, what, when);
        } catch (IOException e) {
            throw new UncheckedIOException("could not sign " + kind + " of report " + reportId, e);
        }
        String sha256 = Hashes.sha256Hex(signed);
        jdbc.update(
                "INSERT INTO rc_signed_document (report_id, version, kind, sha256, signer, demo_key, signed_at, "
                        + "size_bytes, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reportId,
                version,
                kind.name(),
                sha256,
                signer.signerName(),
                signer.demo(),
                Timestamp.from(now),
                signed.length,
                keep ? signed : null);
        events.publishEvent(new AuditEvent(
                "document.signed",
                unitId,
                reportId,
                AuditEvent.details(
                        "kind", kind.name(),
                        "version", version,
                        "sha256", sha256,
                        "signer", signer.signerName(),
                        "demo", signer.demo())));
        return signed;
    }

    /** What an uploaded file is: checked against its signature and against the register. Anyone may ask. */
    @Transactional(readOnly = true)
    public Verification verify(byte[] upload) {
        String sha256 = Hashes.sha256Hex(upload);
        Optional<Registered> registered = registered(sha256);
        PdfSignatureCheck check = PdfSignatureCheck.of(upload);
        Long reportId = registered
                .map(Registered::reportId)
                .orElse(number(check.identity().get(PdfSignatureCheck.REPORT_ID)));
        Integer version = registered
                .map(Registered::version)
                .orElse(reportId == null ? null : intNumber(check.identity().get(PdfSignatureCheck.VERSION)));
        Kind kind =
                registered.map(Registered::kind).orElse(kind(check.identity().get(PdfSignatureCheck.KIND)));
        boolean ours = check.certificate()
                .map(c -> Arrays.equals(encoded(c), encoded(signer.certificate())))
                .orElse(false);
        Verification.Status status;
        if (!check.readable()) {
            status = looksLikePdf(upload) ? Verification.Status.MODIFIED : Verification.Status.NOT_PDF;
        } else if (registered.isPresent() && check.valid() && check.wholeFile()) {
            status = Verification.Status.ORIGINAL;
        } else if (check.signed() && (!check.valid() || !check.wholeFile() || ours || reportId != null)) {
            status = Verification.Status.MODIFIED;
        } else if (check.signed()) {
            status = Verification.Status.FOREIGN;
        } else {
            status = reportId != null ? Verification.Status.MODIFIED : Verification.Status.UNSIGNED;
        }
        String title = reportId == null ? null : title(reportId);
        return new Verification(
                status,
                title == null ? null : reportId,
                title == null ? null : version,
                title == null ? null : kind,
                title,
                check.signer(),
                check.signedAt(),
                registered.map(Registered::demo).orElse(ours && signer.demo()),
                sha256);
    }

    /** Whether a file with this SHA-256 was signed here, and of which report (no file at hand). */
    @Transactional(readOnly = true)
    public Verification lookup(String sha256) {
        String hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        Optional<Registered> registered = registered(hash);
        if (registered.isEmpty()) {
            return new Verification(Verification.Status.UNKNOWN, null, null, null, null, null, null, false, hash);
        }
        Registered r = registered.get();
        return new Verification(
                Verification.Status.ORIGINAL,
                r.reportId(),
                r.version(),
                r.kind(),
                title(r.reportId()),
                r.signer(),
                r.signedAt(),
                r.demo(),
                hash);
    }

    private record Registered(long reportId, int version, Kind kind, boolean demo, String signer, Instant signedAt) {}

    private Optional<Registered> registered(String sha256) {
        return jdbc
                .query(
                        "SELECT report_id, version, kind, demo_key, signer, signed_at FROM rc_signed_document "
                                + "WHERE sha256 = ?",
                        (rs, n) -> new Registered(
                                rs.getLong(1),
                                rs.getInt(2),
                                Kind.valueOf(rs.getString(3)),
                                rs.getBoolean(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant()),
                        sha256)
                .stream()
                .findFirst();
    }

    private String title(long reportId) {
        return jdbc.query("SELECT title FROM rc_report WHERE id = ?", (rs, n) -> rs.getString(1), reportId).stream()
                .findFirst()
                .orElse(null);
    }

    private static boolean looksLikePdf(byte[] upload) {
        return upload.length > 5 && upload[0] == '%' && upload[1] == 'P' && upload[2] == 'D' && upload[3] == 'F';
    }

    private static byte[] encoded(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intNumber(String s) {
        Long n = number(s);
        return n == null ? null : n.intValue();
    }

    private static Kind kind(String s) {
        try {
            return s == null ? null : Kind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
