/**
 * Signatures on the documents of record: the published report's PDF and the approval sheet (审批单) are
 * signed (PAdES, CMS detached, with PDFBox and BouncyCastle) with the supervising office's key, their SHA-256
 * registered and audited, and an uploaded PDF can be verified against both the signature and the register.
 *
 * <p>{@link org.reportcycle.report.signing.DocumentSigner} is the seam for another signer (an SM2/SM3 signer,
 * a hardware key); {@link org.reportcycle.report.signing.SignedDocuments} is what the rest of the application
 * calls. Depends on {@code shared} and {@code report.export}.
 */
package org.reportcycle.report.signing;
