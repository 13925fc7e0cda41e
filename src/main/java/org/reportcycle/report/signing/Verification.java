package org.reportcycle.report.signing;

import java.time.Instant;

/**
 * The answer to "is this the document of record?" for an uploaded file.
 *
 * @param status the verdict
 * @param reportId the report the file is (or claims to be) of, or null
 * @param version the report version it was made from, or null
 * @param kind which document it is, or null
 * @param title the report's title, or null
 * @param signer the signer's name in the signature, or null
 * @param signedAt when it was signed, or null
 * @param demo signed with the demo key
 * @param sha256 the uploaded file's SHA-256
 */
public record Verification(
        Status status,
        Long reportId,
        Integer version,
        SignedDocuments.Kind kind,
        String title,
        String signer,
        Instant signedAt,
        boolean demo,
        String sha256) {

    /** The verdicts, from best to worst. */
    public enum Status {
        /** Registered at signing and the signature verifies: the original, unchanged. */
        ORIGINAL,
        /** A signature is present but the file no longer matches it (or was changed after signing). */
        MODIFIED,
        /** A valid signature, but not one this application made. */
        FOREIGN,
        /** A PDF without signature: nothing to verify against. */
        UNSIGNED,
        /** Not a readable PDF. */
        NOT_PDF,
        /** Asked by SHA-256 only: no file with that hash was signed here. */
        UNKNOWN;

        public String messageKey() {
            return "verify.status." + name();
        }
    }
}
