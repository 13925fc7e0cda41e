package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.report.ImportMerge;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.ReportView.PartText;
import org.reportcycle.report.importing.ClassifiedHeading;
import org.reportcycle.report.importing.ImportException;
import org.reportcycle.report.importing.ImportPreview;
import org.reportcycle.report.importing.ReportImporter;
import org.reportcycle.report.importing.TextBlock;
import org.reportcycle.shared.Part;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.WidgetTexts;

/**
 * Imports a .docx or .txt into the report: the drafter uploads the file, sees each section of the source
 * next to the part it was mapped to, moves any heading to another part, sees per part what will change
 * (replace / keep current / append; a part the file lacks is kept unless chosen otherwise) and a year that
 * differs from the report's, and accepts. Nothing is stored before the drafter accepts; a file that cannot be
 * read is explained in the dialog.
 */
class ImportDialog extends Dialog {

    /** The part column: one width so every choice reads in full, narrower on a phone. */
    private static final String PART_COLUMN = "min(22rem, 45vw)";

    private final WorkspaceContext ctx;
    private final ReportImporter importer;
    private final ReportService reports;
    private final Paragraph error = new Paragraph();
    private final VerticalLayout preview = new VerticalLayout();
    private final Button accept;
    private final Map<Integer, Select<Part>> choices = new LinkedHashMap<>();
    private final VerticalLayout mergePanel = new VerticalLayout();
    private final Map<Part, Select<ImportMerge>> merges = new EnumMap<>(Part.class);
    /** The merges the drafter chose; the others follow the file (replace where it has the part, else keep). */
    private final Map<Part, ImportMerge> chosenMerges = new EnumMap<>(Part.class);

    private ReportText assembled;
    private ImportPreview proposed;
    private String fileName;

    ImportDialog(WorkspaceContext ctx, ReportImporter importer, ReportService reports) {
        this.ctx = ctx;
        this.importer = importer;
        this.reports = reports;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(80rem, 96vw)");
        setId("import-dialog");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> received(meta.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ReportImporter.DEFAULT_MAX_BYTES);
        upload.setAcceptedFileTypes(".docx", ".txt");
        UploadI18N i18n = WidgetTexts.texts(upload);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.drop")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> fail(
                getTranslation("import.rejected", String.valueOf(ReportImporter.DEFAULT_MAX_BYTES / (1024 * 1024)))));
        Paragraph hint = new Paragraph(
                getTranslation("import.hint", String.valueOf(ReportImporter.DEFAULT_MAX_BYTES / (1024 * 1024))));

        error.setId("import-error");
        error.getStyle().setColor("var(--lumo-error-text-color, #c62828)").setFontWeight("600");
        error.setVisible(false);
        preview.setPadding(false);
        preview.setId("import-preview");
        add(hint, upload, error, preview);

        accept = new Button(getTranslation("import.accept"), e -> accept());
        accept.setId("import-accept");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setEnabled(false);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), accept);
    }

    /** The upload arrived (in the UI's lock): read it and propose the mapping, or say why it cannot be read. */
    private void received(String name, byte[] content) {
        proposed = null;
        choices.clear();
        chosenMerges.clear();
        preview.removeAll();
        accept.setEnabled(false);
        try {
            proposed = importer.preview(name, content);
        } catch (ImportException e) {
            fail(english() ? e.messageEn() : e.messageZh());
            return;
        }
        fileName = name;
        error.setVisible(false);
        showPreview(proposed);
        accept.setEnabled(true);
    }

    private void fail(String message) {
        proposed = null;
        preview.removeAll();
        accept.setEnabled(false);
        error.setText(message);
        error.setVisible(true);
    }

    private void showPreview(ImportPreview p) {
        Span facts = new Span(getTranslation(
                "import.detected",
                orDash(p.title()),
                p.year() == null ? "—" : String.valueOf(p.year()),
                orDash(p.unit())));
        facts.setId("import-detected");
        preview.add(facts);
        if (p.year() != null && p.year() != ctx.report().year()) {
            // said before anything is stored, not afterwards as a blocking finding
            Span mismatch = new Span(getTranslation(
                    "import.yearMismatch",
                    String.valueOf(p.year()),
                    String.valueOf(ctx.report().year())));
            mismatch.setId("import-year-mismatch");
            mismatch.getStyle()
                    .setColor("var(--lumo-error-text-color, #c62828)")
                    .setFontWeight("600");
            preview.add(mismatch);
        }
        // what will change comes first; the mapping below explains it and changes it
        mergePanel.setPadding(false);
        mergePanel.setSpacing(false);
        mergePanel.setId("import-merge");
        preview.add(mergePanel);
        Span partTitle = columnTitle("import.part");
        partTitle.setWidth(PART_COLUMN);
        HorizontalLayout columns = new HorizontalLayout(columnTitle("import.source"), partTitle);
        columns.setWidthFull();
        columns.setFlexGrow(1, columns.getComponentAt(0));
        preview.add(columns);

        Map<Integer, ClassifiedHeading> headings = new HashMap<>();
        p.headings().forEach(h -> headings.put(h.line(), h));
        Map<Integer, List<Span>> followers = new HashMap<>();
        Div rows = new Div();
        rows.setWidthFull();
        rows.getStyle().set("max-height", "55vh").set("overflow", "auto");
        for (TextBlock block : p.blocks()) {
            if (block.lines().stream().allMatch(String::isBlank)) {
                continue;
            }
            int owner = block.ownerLine();
            Part part = headings.containsKey(owner) ? headings.get(owner).part() : Part.MEASURES;
            Component right;
            boolean first = !choices.containsKey(owner);
            if (first) {
                Select<Part> select = new Select<>();
                select.setId("map-" + owner);
                select.setItems(Part.documentOrder());
                select.setItemLabelGenerator(x -> getTranslation("part." + x.code()));
                select.setValue(part);
                select.setAriaLabel(getTranslation("import.part"));
                select.addValueChangeListener(e -> {
                    followers.getOrDefault(owner, List.of()).forEach(s -> s.setText(continued(e.getValue())));
                    showMerge();
                });
                choices.put(owner, select);
                right = select;
            } else {
                // a part resumes after a lifted sub-heading: it follows its heading's choice
                Span follows = new Span(continued(choices.get(owner).getValue()));
                followers.computeIfAbsent(owner, k -> new ArrayList<>()).add(follows);
                right = follows;
            }
            rows.add(row(block, first ? headings.get(owner) : null, first, right));
        }
        preview.add(rows);
        showMerge();
        if (!p.unplaced().isEmpty()) {
            VerticalLayout unplaced = new VerticalLayout(new Span(getTranslation("import.unplaced")));
            unplaced.setPadding(false);
            unplaced.setSpacing(false);
            unplaced.setId("import-unplaced");
            p.unplaced().forEach(line -> unplaced.add(new Span("· " + line)));
            preview.add(unplaced);
        }
        if (!p.notes().isEmpty()) {
            VerticalLayout notes = new VerticalLayout();
            notes.setPadding(false);
            notes.setSpacing(false);
            notes.setId("import-notes");
            p.notes().forEach(n -> notes.add(new Span("· " + n)));
            preview.add(notes);
        }
    }

    private Component row(TextBlock block, ClassifiedHeading heading, boolean first, Component right) {
        Div source = new Div();
        source.getStyle()
                .set("white-space", "pre-wrap")
                .set("border-left", "3px solid var(--lumo-contrast-20pct, #ccc)")
                .set("padding-left", "0.5em")
                .set("max-height", "9em")
                .set("overflow", "auto");
        List<String> lines = block.lines();
        int start = 0;
        if (heading != null) {
            // the section's first block starts with its heading line
            Span title =
                    new Span(getTranslation("import.line", String.valueOf(heading.line())) + "  " + heading.text());
            title.getStyle().setFontWeight("600");
            source.add(title, explanation(heading), new Div());
            start = lines.isEmpty() ? 0 : 1;
        } else if (first && block.ownerLine() == TextBlock.PREAMBLE) {
            Span title = new Span(getTranslation("import.preamble"));
            title.getStyle().set("font-style", "italic");
            source.add(title, new Div());
        }
        source.add(new Span(String.join("\n", lines.subList(start, lines.size()))));
        HorizontalLayout row = new HorizontalLayout(source, right);
        row.setWidthFull();
        row.setAlignItems(Alignment.START);
        row.setFlexGrow(1, source);
        source.getStyle().set("min-width", "0");
        // the part column keeps one width, so every choice reads in full
        ((HasSize) right).setWidth(PART_COLUMN);
        right.getElement().getStyle().set("flex-shrink", "0");
        row.getStyle().setMarginBottom("0.5em");
        return row;
    }

    /** Why the heading got its part: the confidence, the deciding words, and a request to confirm when unsure. */
    private Span explanation(ClassifiedHeading heading) {
        String why = heading.words().isEmpty()
                ? getTranslation("import.position")
                : getTranslation("import.words", String.join("、", heading.words()));
        Span explanation = new Span(
                "  " + getTranslation("import.confidence", String.valueOf(heading.confidence())) + " · " + why);
        explanation.setId("import-why-" + heading.line());
        explanation.getStyle().setFontSize("var(--lumo-font-size-s, 0.875rem)");
        if (heading.toConfirm()) {
            Span confirm = new Span(" · " + getTranslation("import.confirm"));
            confirm.setId("import-confirm-" + heading.line());
            confirm.getStyle().setColor("var(--lumo-error-text-color, #c62828)").setFontWeight("600");
            explanation.add(confirm);
        } else {
            explanation.getStyle().setColor("var(--lumo-secondary-text-color, #555)");
        }
        return explanation;
    }

    /**
     * Per part, what the import will do with it — replace, keep the current text, or append — from the text the
     * mapping above now assembles; a part the file lacks is kept unless the drafter chooses otherwise.
     */
    private void showMerge() {
        Map<Integer, Part> overrides = new HashMap<>();
        choices.forEach((line, select) -> overrides.put(line, select.getValue()));
        assembled = importer.assemble(proposed, overrides);
        mergePanel.removeAll();
        merges.clear();
        mergePanel.add(columnTitle("import.merge.title"));
        for (Part part : Part.documentOrder()) {
            mergePanel.add(mergeRow(part));
        }
    }

    private Component mergeRow(Part part) {
        PartText now = ctx.report().parts().get(part);
        String current = now == null || now.text() == null ? "" : now.text();
        String fromFile = assembled.part(part);
        Span name = new Span(getTranslation("part." + part.code()));
        name.getStyle().setFontWeight("600");
        Span facts = new Span((current.isBlank()
                        ? getTranslation("import.merge.currentEmpty")
                        : getTranslation("import.merge.current", String.valueOf(current.length())))
                + " · "
                + (fromFile.isBlank()
                        ? getTranslation("import.merge.fileMissing")
                        : getTranslation("import.merge.file", String.valueOf(fromFile.length()))));
        facts.setId("merge-facts-" + part.code());
        Span emptied = new Span(getTranslation("import.merge.emptied"));
        emptied.setId("merge-emptied-" + part.code());
        emptied.getStyle().setColor("var(--lumo-error-text-color, #c62828)").setFontWeight("600");
        Select<ImportMerge> merge = new Select<>();
        merge.setId("merge-" + part.code());
        merge.setAriaLabel(getTranslation("part." + part.code()));
        merge.setItems(ImportMerge.values());
        merge.setItemLabelGenerator(m -> getTranslation(m.messageKey()));
        merge.setValue(chosenMerges.getOrDefault(part, ImportMerge.byDefault(fromFile)));
        merge.setWidth(PART_COLUMN);
        emptied.setVisible(wouldEmpty(merge.getValue(), current, fromFile));
        merge.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                chosenMerges.put(part, e.getValue());
            }
            emptied.setVisible(wouldEmpty(e.getValue(), current, fromFile));
        });
        merges.put(part, merge);
        Div text = new Div(new Div(name, new Span("　"), facts), emptied);
        text.getStyle().set("min-width", "0").set("flex", "1 1 12rem");
        HorizontalLayout row = new HorizontalLayout(text, merge);
        row.setWidthFull();
        row.setAlignItems(Alignment.CENTER);
        row.getStyle().set("flex-wrap", "wrap").set("border-top", "1px solid #ddd");
        return row;
    }

    private static boolean wouldEmpty(ImportMerge merge, String current, String fromFile) {
        return !current.isBlank() && merge.apply(current, fromFile).isBlank();
    }

    private void accept() {
        if (proposed == null) {
            return;
        }
        Map<Part, ImportMerge> chosen = new EnumMap<>(Part.class);
        merges.forEach((part, select) -> chosen.put(part, select.getValue()));
        ReportText text = assembled;
        boolean done = Notices.attempt(() -> reports.importText(ctx.reportId(), text, fileName, chosen))
                .isPresent();
        if (done) {
            close();
            ctx.completed("notice.imported");
        }
    }

    private Span columnTitle(String key) {
        Span title = new Span(getTranslation(key));
        title.getStyle().setFontWeight("600");
        return title;
    }

    private String continued(Part part) {
        return getTranslation("import.continues", getTranslation("part." + part.code()));
    }

    private boolean english() {
        return "en".equals(getLocale().getLanguage());
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
