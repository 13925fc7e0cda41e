package org.reportcycle.report.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.reportcycle.report.export.SignatureBlock;

/**
 * Signs a PDF in two saves: first the signature field with its visible block on the last page and the
 * document's identity (report, version, kind) in the document information, then the signature itself as an
 * incremental update whose byte range covers the whole file.
 */
final class PdfSigning {

    static final String FIELD = "ReportCycleSignature";

    private PdfSigning() {}

    /**
     * @param identity custom document-information entries the signature covers (ReportCycle.ReportId …)
     * @param block the lines of the visible block, heading first
     */
    static byte[] sign(
            byte[] pdf,
            DocumentSigner signer,
            Map<String, String> identity,
            List<String> block,
            String reason,
            Calendar when)
            throws IOException {
        byte[] prepared = prepare(pdf, identity, block);
        try (PDDocument doc = Loader.loadPDF(prepared)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            PDSignatureField field = (PDSignatureField) form.getField(FIELD);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(signer.subFilter()));
            signature.setName(signer.signerName());
            signature.setReason(reason);
            signature.setSignDate(when);
            field.getCOSObject().setItem(COSName.V, signature);
            field.getCOSObject().setNeedToBeUpdated(true);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(signer.reservedSize());
            // addSignature makes an existing field invisible (no visual template given): keep our block
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            PDRectangle rectangle = widget.getRectangle();
            PDAppearanceStream normal =
                    widget.getAppearance().getNormalAppearance().getAppearanceStream();
            doc.addSignature(signature, options);
            widget.setRectangle(rectangle);
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(normal);
            widget.setAppearance(appearance);
            widget.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(prepared.length + signer.reservedSize() * 2 + 4096);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(signer.sign(external.getContent().readAllBytes()));
            options.close();
            return out.toByteArray();
        }
    }

    private static byte[] prepare(byte[] pdf, Map<String, String> identity, List<String> block) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            identity.forEach((key, value) -> doc.getDocumentInformation().setCustomMetadataValue(key, value));
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDAcroForm form = catalog.getAcroForm(null);
            if (form == null) {
                form = new PDAcroForm(doc);
                catalog.setAcroForm(form);
            }
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            PDPage last = doc.getPage(doc.getNumberOfPages() - 1);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(FIELD);
            PDAnnotationWidget widget = field.getWidgets().getFirst();
            widget.setRectangle(SignatureBlock.rectangle());
            widget.setPage(last);
            widget.setPrinted(true);
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(SignatureBlock.appearance(doc, block));
            widget.setAppearance(appearance);
            List<PDAnnotation> annotations = new ArrayList<>(last.getAnnotations());
            annotations.add(widget);
            last.setAnnotations(annotations);
            List<PDField> fields = new ArrayList<>(form.getFields());
            fields.add(field);
            form.setFields(fields);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
