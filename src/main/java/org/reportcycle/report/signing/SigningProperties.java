package org.reportcycle.report.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signing key ({@code reportcycle.signing.*}). Without a keystore the application signs with a demo
 * key it generates on first start (kept in {@code demoKeystore} when that is set), and says so on the documents.
 *
 * @param keystore path of a PKCS#12 keystore holding the supervising office's key and certificate chain
 * @param password the keystore's (and key's) password
 * @param alias the key's alias; the keystore's first key when blank
 * @param signerName the name printed as signer; the certificate's CN when blank
 * @param tsaUrl an RFC 3161 timestamp authority; no timestamp when blank
 * @param demoKeystore where the generated demo key is kept between starts; in memory only when blank
 * @param demoSignerName the signer's name on the demo certificate
 */
@ConfigurationProperties("reportcycle.signing")
public record SigningProperties(
        String keystore,
        String password,
        String alias,
        String signerName,
        String tsaUrl,
        String demoKeystore,
        String demoSignerName) {

    public SigningProperties {
        password = password == null ? "" : password;
        demoSignerName = demoSignerName == null || demoSignerName.isBlank() ? "示例县依法治县办" : demoSignerName;
    }

    boolean hasKeystore() {
        return keystore != null && !keystore.isBlank();
    }
}
