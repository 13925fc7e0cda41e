package org.reportcycle.report.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * What a PDF's signatures say, checked with PDFBox and BouncyCastle: whether each signature's digest
 * matches the bytes it covers, whether the last one covers the whole file (nothing appended after it), who
 * signed and when, and the identity the signature covers.
 *
 * @param readable the bytes parse as a PDF
 * @param signed the PDF carries at least one signature
 * @param valid every signature verifies against the bytes it covers
 * @param wholeFile the last signature's byte range ends at the end of the file
 * @param certificate the last signature's signing certificate, if any
 * @param signer the name in the signature dictionary
 * @param signedAt the signing time in the signature dictionary
 * @param identity the document-information entries {@code ReportCycle.*}
 */
record PdfSignatureCheck(
        boolean readable,
        boolean signed,
        boolean valid,
        boolean wholeFile,
        Optional<X509Certificate> certificate,
        String signer,
        Instant signedAt,
        Map<String, String> identity) {

    static final String REPORT_ID = "ReportCycle.ReportId";
    static final String VERSION = "ReportCycle.Version";
    static final String KIND = "ReportCycle.Kind";

    static PdfSignatureCheck of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<String, String> identity = identity(doc.getDocumentInformation());
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new PdfSignatureCheck(true, false, false, false, Optional.empty(), null, null, identity);
            }
            boolean valid = true;
            X509Certificate certificate = null;
            for (PDSignature signature : signatures) {
                Optional<X509Certificate> cert = verify(signature, pdf);
                valid &= cert.isPresent();
                certificate = cert.orElse(null);
            }
            PDSignature last = signatures.getLast();
            int[] range = last.getByteRange();
            boolean whole = range.length == 4 && (long) range[2] + range[3] == pdf.length;
            Instant at = last.getSignDate() == null ? null : last.getSignDate().toInstant();
            return new PdfSignatureCheck(
                    true, true, valid, whole, Optional.ofNullable(certificate), last.getName(), at, identity);
        } catch (IOException | RuntimeException e) {
            return new PdfSignatureCheck(false, false, false, false, Optional.empty(), null, null, Map.of());
        }
    }

    /** The signing certificate when the signature is intact, empty when anything does not match. */
    private static Optional<X509Certificate> verify(PDSignature signature, byte[] pdf) {
        try {
            byte[] contents = signature.getContents(pdf);
            byte[] signedContent = signature.getSignedContent(pdf);
            // the container is zero-padded to the reserved size: read the one DER object at its start
            ContentInfo container;
            try (ASN1InputStream in = new ASN1InputStream(contents)) {
                container = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), container);
            Store<X509CertificateHolder> certificates = cms.getCertificates();
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return Optional.empty();
            }
            X509Certificate found = null;
            for (SignerInformation info : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = certificates.getMatches(info.getSID());
                if (matches.isEmpty()) {
                    return Optional.empty();
                }
                X509CertificateHolder holder = matches.iterator().next();
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                    return Optional.empty();
                }
                found = new JcaX509CertificateConverter().getCertificate(holder);
            }
            return Optional.of(found);
        } catch (IOException | CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> identity(PDDocumentInformation info) {
        Map<String, String> out = new TreeMap<>();
        for (String key : List.of(REPORT_ID, VERSION, KIND)) {
            String value = info.getCustomMetadataValue(key);
            if (value != null) {
                out.put(key, value);
            }
        }
        return Map.copyOf(out);
    }
}
