package org.reportcycle.report.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline signatures with a key from a PKCS#12 keystore (or the demo key): a CMS detached
 * SignedData over the PDF's byte range with SHA-256 and RSA (or ECDSA), the signing-certificate-v2
 * attribute PAdES requires, and an RFC 3161 signature timestamp when a TSA is configured.
 */
final class Pkcs12PadesSigner implements DocumentSigner {

    private final KeyMaterial material;
    private final String signerName;
    private final TimestampClient tsa;

    Pkcs12PadesSigner(KeyMaterial material, String signerName, TimestampClient tsa) {
        this.material = material;
        this.signerName = signerName;
        this.tsa = tsa;
    }

    @Override
    public byte[] sign(byte[] content) {
        try {
            String algorithm = "EC".equals(material.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(material.key());
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingCertificate()))
                    .build(contentSigner, material.certificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(material.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            if (tsa != null) {
                signed = withTimestamp(signed);
            }
            return signed.getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IllegalStateException("could not sign", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035), which binds the certificate into the signed attributes. */
    private AttributeTable signingCertificate() throws CertificateEncodingException {
        byte[] hash = Hashes.sha256(material.certificate().getEncoded());
        SigningCertificateV2 v2 = new SigningCertificateV2(new ESSCertIDv2(hash));
        Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(v2));
        return new AttributeTable(new DERSet(attribute));
    }

    /** Adds an RFC 3161 timestamp token over the signature value as an unsigned attribute. */
    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        List<SignerInformation> signers = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            byte[] token = tsa.timestamp(signer.getSignature());
            ASN1ObjectIdentifier oid = PKCSObjectIdentifiers.id_aa_signatureTimeStampToken;
            Attribute attribute = new Attribute(oid, new DERSet(ASN1Primitive.fromByteArray(token)));
            AttributeTable unsigned = signer.getUnsignedAttributes() == null
                    ? new AttributeTable(new DERSet(attribute))
                    : signer.getUnsignedAttributes()
                            .add(oid, attribute.getAttrValues().getObjectAt(0));
            signers.add(SignerInformation.replaceUnsignedAttributes(signer, unsigned));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(signers));
    }

    @Override
    public String signerName() {
        return signerName;
    }

    @Override
    public X509Certificate certificate() {
        return material.certificate();
    }

    @Override
    public boolean demo() {
        return material.demo();
    }
}
