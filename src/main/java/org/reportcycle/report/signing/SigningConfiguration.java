package org.reportcycle.report.signing;

import org.reportcycle.settings.ReportCycleSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link DocumentSigner} from {@code reportcycle.signing.*}: the PKCS#12 keystore's key, or the demo
 * key. Replace this bean to sign with another signer (SM2/SM3, a hardware key).
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

    @Bean
    DocumentSigner documentSigner(ReportCycleSettings.Signing props) {
        KeyMaterial material = KeyMaterial.load(props);
        String name = props.signerName() != null && !props.signerName().isBlank()
                ? props.signerName()
                : material.demo() ? props.demoSignerName() : commonName(material);
        TimestampClient tsa =
                props.tsaUrl() == null || props.tsaUrl().isBlank() ? null : new TimestampClient(props.tsaUrl());
        return new Pkcs12PadesSigner(material, name, tsa);
    }

    private static String commonName(KeyMaterial material) {
        String dn = material.certificate().getSubjectX500Principal().getName();
        for (String rdn : dn.split(",")) {
            if (rdn.strip().startsWith("CN=")) {
                return rdn.strip().substring(3);
            }
        }
        return dn;
    }
}
