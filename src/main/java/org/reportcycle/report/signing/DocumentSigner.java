package org.reportcycle.report.signing;

import java.security.cert.X509Certificate;

/**
 * Makes the signature of a PDF: given the bytes the signature covers (the PDF's byte range), returns the
 * signature container to embed. An SM2/SM3 signer or a hardware key (PKCS#11) implements this interface.
 */
public interface DocumentSigner {

    /** The CMS (PKCS#7) detached signature container over {@code content}, with a timestamp if configured. */
    byte[] sign(byte[] content);

    /** The signer's name as printed in the signature block and the signature dictionary. */
    String signerName();

    /** The certificate that verifies this signer's signatures. */
    X509Certificate certificate();

    /** True for the generated demonstration key: the documents then say 「演示签名」. */
    boolean demo();

    /** The PDF /SubFilter of the signatures, e.g. {@code ETSI.CAdES.detached} for PAdES. */
    default String subFilter() {
        return "ETSI.CAdES.detached";
    }

    /** Room to reserve in the PDF for the signature container, in bytes. */
    default int reservedSize() {
        return 16 * 1024;
    }
}
