package org.reportcycle.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.ReportService;
import org.reportcycle.report.ReportText;
import org.reportcycle.report.ReportView;
import org.reportcycle.report.ReportView.PartText;
import org.reportcycle.report.compliance.Finding;
import org.reportcycle.shared.Part;
import org.reportcycle.ui.Notices;

/**
 * The report's parts in document order, each with a completeness mark, its text and the compliance
 * findings on it (re-checked on the text as typed, before it is saved). Save sends only the
 * parts the user changed, each with the row version it was loaded at, so a part someone else saved in the
 * meantime is refused instead of overwritten.
 */
class PartsEditor extends VerticalLayout {

    private static final String FILLED_COLOR = "#2e7d32";
    private static final String MISSING_COLOR = "#c62828";
    private static final String OPTIONAL_COLOR = "#616161";

    private final Map<Part, TextArea> areas = new EnumMap<>(Part.class);
    private final Map<Part, Div> findingLists = new EnumMap<>(Part.class);
    private final Div reportFindings = new Div();
    private final Map<Part, PartText> loaded;
    private final String title;
    private final Function<ReportText, List<Finding>> checker;
    private final Map<String, String> exceptionReasons;
    private final boolean editable;

    /**
     * @param checker the compliance check of a text as typed; its findings are shown at the parts they concern
     * @param exceptionReasons the drafter's reasons for excepting blocking findings, by finding key; kept by the
     *     workspace across reloads and sent with the submission
     */
    PartsEditor(
            ReportView report,
            boolean editable,
            Consumer<Map<Part, PartEdit>> save,
            Function<ReportText, List<Finding>> checker,
            Map<String, String> exceptionReasons) {
        this.loaded = report.parts();
        this.title = report.title();
        this.checker = checker;
        this.exceptionReasons = exceptionReasons;
        this.editable = editable;
        setPadding(false);
        HorizontalLayout heading = new HorizontalLayout(new H3(getTranslation("workspace.parts")));
        heading.setAlignItems(Alignment.BASELINE);
        if (editable) {
            Button saveButton =
                    new Button(getTranslation("action.save"), VaadinIcon.DISC.create(), e -> saveChanges(save));
            saveButton.setId("save-parts");
            saveButton.addThemeVariants(ButtonVariant.PRIMARY);
            heading.add(saveButton);
        }
        add(heading);
        reportFindings.setId("findings-report");
        add(reportFindings);
        for (Part part : Part.documentOrder()) {
            add(section(part, editable));
        }
        showFindings();
    }

    private Details section(Part part, boolean editable) {
        String text = loaded.containsKey(part) ? loaded.get(part).text() : "";
        Span mark = new Span();
        mark.setId("mark-" + part.code());
        TextArea area = new TextArea();
        area.setId("part-" + part.code());
        area.setAriaLabel(getTranslation("part." + part.code()));
        area.setWidthFull();
        area.setMinHeight("6em");
        // no maxLength: the browser would silently cut a long paste; over the limit is shown and refused
        area.setValue(text == null ? "" : text);
        area.setReadOnly(!editable);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(1000);
        area.addValueChangeListener(e -> {
            showCompleteness(mark, part, e.getValue());
            showLength(area);
            showFindings();
            if (editable) {
                area.getUI().ifPresent(ui -> UnsavedTextGuard.mark(ui, hasUnsavedEdits()));
            }
        });
        if (editable) {
            UnsavedTextGuard.watch(area);
        }
        showCompleteness(mark, part, area.getValue());
        showLength(area);
        areas.put(part, area);
        Div findings = new Div();
        findings.setId("findings-" + part.code());
        findingLists.put(part, findings);
        HorizontalLayout summary = new HorizontalLayout(mark, new Span(getTranslation("part." + part.code())));
        Details details = new Details(summary, findings, area);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private void showCompleteness(Span mark, Part part, String text) {
        boolean filled = text != null && !text.isBlank();
        String key = filled ? "part.filled" : part.mandatory() ? "part.missing" : "part.optional";
        mark.setText(getTranslation(key));
        mark.getElement().setAttribute("data-filled", String.valueOf(filled));
        mark.getStyle()
                .setColor(filled ? FILLED_COLOR : part.mandatory() ? MISSING_COLOR : OPTIONAL_COLOR)
                .setFontWeight("600")
                .set("white-space", "nowrap");
    }

    /** A text over the limit stays as typed and is marked, naming the limit; saving it is refused. */
    private void showLength(TextArea area) {
        int length = area.getValue().length();
        boolean tooLong = length > ReportService.MAX_PART_LENGTH;
        area.setInvalid(tooLong);
        area.setErrorMessage(
                tooLong
                        ? getTranslation(
                                "part.tooLong", String.valueOf(length), String.valueOf(ReportService.MAX_PART_LENGTH))
                        : null);
    }

    /** Checks the text as it now stands and lists each finding under its part (or above the parts). */
    private void showFindings() {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        // A blank part is a part the report does not have, as the stored check treats it
        areas.forEach((part, area) -> {
            if (!area.getValue().isBlank()) {
                texts.put(part, area.getValue());
            }
        });
        List<Finding> findings = checker.apply(new ReportText(title, texts));
        reportFindings.removeAll();
        findingLists.values().forEach(Div::removeAll);
        for (Finding finding : findings) {
            (finding.part() == null ? reportFindings : findingLists.get(finding.part())).add(line(finding));
        }
    }

    private Div line(Finding finding) {
        boolean english = "en".equals(getLocale().getLanguage());
        String label = getTranslation(finding.blocking() ? "findings.error" : "findings.warning");
        String text = label + (english ? ": " : "：") + (english ? finding.messageEn() : finding.messageZh());
        if (finding.passage() != null && !finding.passage().isBlank()) {
            text += english ? " — “" + finding.passage() + "”" : " ——“" + finding.passage() + "”";
        }
        Div line = new Div(new Span(text));
        line.addClassName("finding");
        line.getElement().setAttribute("data-code", finding.code());
        line.getStyle().setColor(finding.blocking() ? MISSING_COLOR : "#8a5a00").setFontSize("0.9em");
        if (editable && finding.blocking()) {
            ExceptionReasonField.addTo(line, ReportCompliance.key(finding), exceptionReasons, this::showFindings);
        }
        return line;
    }

    boolean hasUnsavedEdits() {
        return !edits().isEmpty();
    }

    private Map<Part, PartEdit> edits() {
        Map<Part, PartEdit> edits = new EnumMap<>(Part.class);
        areas.forEach((part, area) -> {
            PartText before = loaded.get(part);
            String original = before == null || before.text() == null ? "" : before.text();
            if (!original.equals(area.getValue())) {
                edits.put(part, new PartEdit(area.getValue(), before == null ? -1L : before.rowVersion()));
            }
        });
        return edits;
    }

    private void saveChanges(Consumer<Map<Part, PartEdit>> save) {
        Map<Part, PartEdit> edits = edits();
        if (edits.isEmpty()) {
            Notices.success("notice.nothingToSave");
            return;
        }
        save.accept(edits);
    }
}
