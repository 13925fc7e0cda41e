package org.reportcycle.delegation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.function.Supplier;
import org.reportcycle.delegation.CopyService;
import org.reportcycle.delegation.CopyService.CopyView;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.report.ReportView;
import org.reportcycle.shared.Limits;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/**
 * Copies (抄送) of the report: who was copied in, by whom, and when they first opened it (the read
 * receipt). Opening the workspace as a copied person writes that receipt.
 */
@SpringComponent
class CopiesSection implements WorkspaceSection {

    private final CopyService copies;
    private final UiFormats formats;

    CopiesSection(CopyService copies, UiFormats formats) {
        this.copies = copies;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String titleKey() {
        return "copies.title";
    }

    /** Opening the workspace is a copied person's reading of the report, whether or not this panel is opened. */
    @Override
    public Supplier<Component> visit(ReportView report) {
        Notices.attempt(() -> copies.opened(report.id()));
        return () -> render(report);
    }

    @Override
    public Component render(ReportView report) {
        Grid<CopyView> grid = new Grid<>();
        grid.setId("copies");
        grid.addColumn(CopyView::toName).setKey("to").setHeader(grid.getTranslation("copies.to"));
        grid.addColumn(CopyView::fromName).setKey("from").setHeader(grid.getTranslation("copies.from"));
        grid.addColumn(c -> formats.dateTime(c.sentAt())).setKey("sent").setHeader(grid.getTranslation("copies.sent"));
        grid.addColumn(c -> c.firstReadAt() == null
                        ? grid.getTranslation("copies.unread")
                        : formats.dateTime(c.firstReadAt()))
                .setKey("read")
                .setHeader(grid.getTranslation("copies.read"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("copies.empty"));
        grid.setItems(Notices.attempt(() -> copies.copies(report.id())).orElse(List.of()));

        PersonPicker to = new PersonPicker(grid.getTranslation("copies.person"));
        to.setId("copy-to");
        boolean mayCopy = copies.mayCopy(report.unitId());
        if (mayCopy) {
            to.people(Notices.attempt(() -> copies.copyTargets(report.id())).orElse(List.of()).stream()
                    .map(t -> PersonPicker.Person.of(t.member(), t.unitName()))
                    .toList());
        }
        TextField note = new TextField(grid.getTranslation("field.note"));
        note.setId("copy-note");
        Button send = new Button(
                grid.getTranslation("copies.send"),
                e -> Notices.attempt(() -> copies.copy(report.id(), to.username(), note.getValue()))
                        .ifPresent(sent -> {
                            grid.setItems(copies.copies(report.id()));
                            to.clear();
                            note.clear();
                            Notices.success("copies.sentNotice", sent.toName());
                        }));
        send.setId("copy-send");
        note.setMaxLength(Limits.NOTE);
        HorizontalLayout form = new HorizontalLayout(to, note, send);
        form.setAlignItems(Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        // copied people read only: they cannot copy the report on
        form.setVisible(mayCopy);
        VerticalLayout panel = new VerticalLayout(grid, form);
        panel.setPadding(false);
        return panel;
    }
}
