package org.reportcycle.report.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.reportcycle.settings.ReportCycleSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A private key with its certificate chain, from a PKCS#12 keystore or generated for the demo. */
record KeyMaterial(PrivateKey key, List<X509Certificate> chain, boolean demo) {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);
    private static final String DEMO_ALIAS = "demo";
    private static final char[] DEMO_PASSWORD = "demo".toCharArray();

    KeyMaterial {
        chain = List.copyOf(chain);
    }

    X509Certificate certificate() {
        return chain.getFirst();
    }

    static KeyMaterial load(ReportCycleSettings.Signing props) {
        if (props.hasKeystore()) {
            try (InputStream in = Files.newInputStream(Path.of(props.keystore()))) {
                return fromKeystore(in, props.password().toCharArray(), props.alias(), false);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the signing keystore " + props.keystore(), e);
            }
        }
        return demo(props);
    }

    private static KeyMaterial demo(ReportCycleSettings.Signing props) {
        Path file =
                props.demoKeystore() == null || props.demoKeystore().isBlank() ? null : Path.of(props.demoKeystore());
        try {
            if (file != null && Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return fromKeystore(in, DEMO_PASSWORD, DEMO_ALIAS, true);
                }
            }
            KeyMaterial generated = generate(props.demoSignerName());
            if (file != null) {
                store(generated, file);
            }
            log.warn(
                    "Signing with a generated DEMO key ({}): configure reportcycle.signing.keystore for real use",
                    file == null ? "in memory" : file);
            return generated;
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot set up the demo signing key", e);
        }
    }

    private static KeyMaterial fromKeystore(InputStream in, char[] password, String alias, boolean demo)
            throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(in, password);
        String name = alias;
        if (name == null || name.isBlank()) {
            name = Collections.list(ks.aliases()).stream()
                    .filter(a -> isKey(ks, a))
                    .findFirst()
                    .orElseThrow(() -> new GeneralSecurityException("no private key in the keystore"));
        }
        PrivateKey key = (PrivateKey) ks.getKey(name, password);
        Certificate[] chain = ks.getCertificateChain(name);
        if (key == null || chain == null || chain.length == 0) {
            throw new GeneralSecurityException("no key with certificate under alias " + name);
        }
        return new KeyMaterial(
                key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), demo);
    }

    private static boolean isKey(KeyStore ks, String alias) {
        try {
            return ks.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyMaterial generate(String signerName) throws GeneralSecurityException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, signerName + "（演示签名）")
                .addRDN(BCStyle.O, "ReportCycle demo")
                .addRDN(BCStyle.C, "CN")
                .build();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                subject,
                new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                subject,
                pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(
                    Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        X509Certificate cert = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        return new KeyMaterial(pair.getPrivate(), List.of(cert), true);
    }

    private static void store(KeyMaterial material, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(
                    DEMO_ALIAS, material.key(), DEMO_PASSWORD, material.chain().toArray(new Certificate[0]));
            try (OutputStream out = Files.newOutputStream(file)) {
                ks.store(out, DEMO_PASSWORD);
            }
        } catch (IOException | GeneralSecurityException e) {
            log.warn("could not keep the demo signing key in {}: {}", file, e.toString());
        }
    }
}
