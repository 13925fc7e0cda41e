package org.reportcycle.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.report.ReportView;
import org.reportcycle.review.Comment;
import org.reportcycle.review.CommentEntry;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.CommentThread;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.security.CurrentUserService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.ui.ActionDialog;
import org.reportcycle.ui.Notices;
import org.reportcycle.ui.UiFormats;
import org.reportcycle.workspace.ui.WorkspaceSection;

/**
 * The legal review's comment threads: the advisor comments on a passage of a part (the passage selected in
 * the text is taken over), anyone of the unit replies, the drafter answers each open comment (fixed, or
 * explained) before resubmitting, and the advisor resolves or reopens it. The panel redraws itself after
 * each action; the services check role, unit and step again.
 */
@SpringComponent
class CommentsSection implements WorkspaceSection {

    /** Finds the passage the user selected in one of the part fields, as "field id|text", or "". */
    private static final String SELECTION_JS = """
            for (const f of document.querySelectorAll('vaadin-text-area[id^="part-"]')) {
              const i = f.inputElement;
              if (i && i.selectionEnd > i.selectionStart) {
                return f.id + '|' + i.value.substring(i.selectionStart, i.selectionEnd);
              }
            }
            return '';""";

    private final CommentService comments;
    private final CurrentUserService users;
    private final UiFormats formats;
    private final OrganizationService organization;
    /** Authors' display names for the threads being drawn (comments record login names). */
    private Map<String, String> names = Map.of();

    CommentsSection(
            CommentService comments, CurrentUserService users, UiFormats formats, OrganizationService organization) {
        this.organization = organization;
        this.comments = comments;
        this.users = users;
        this.formats = formats;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String titleKey() {
        return "comments.title";
    }

    /** Open while comments matter: during drafting (to answer them) and the legal review. */
    @Override
    public boolean openInitially(ReportView report) {
        return report.step() == Step.DRAFT || report.step() == Step.LEGAL_REVIEW;
    }

    @Override
    public Component render(ReportView report) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("comments");
        panel.setPadding(false);
        draw(panel, report);
        return panel;
    }

    private void draw(VerticalLayout panel, ReportView report) {
        panel.removeAll();
        CurrentUser user = users.require();
        boolean advisor = report.step() == Step.LEGAL_REVIEW && user.hasRole(report.unitId(), Role.LEGAL);
        boolean drafter = report.step() == Step.DRAFT && user.hasRole(report.unitId(), Role.DRAFTER);
        Runnable redraw = () -> draw(panel, report);
        if (advisor) {
            Button add = new Button(panel.getTranslation("comments.add"), e -> addDialog(panel, report, redraw));
            add.setId("comment-add");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            panel.add(add);
        }
        List<CommentThread> threads =
                Notices.attempt(() -> comments.threads(report.id())).orElse(List.of());
        if (threads.isEmpty()) {
            Paragraph none = new Paragraph(panel.getTranslation("comments.empty"));
            none.setId("comments-empty");
            panel.add(none);
        }
        Set<String> authors = new HashSet<>();
        threads.forEach(t -> {
            authors.add(t.comment().author());
            t.replies().forEach(r -> authors.add(r.author()));
        });
        Map<String, String> found = new HashMap<>();
        organization.users(authors).forEach((username, u) -> found.put(username, u.getDisplayName()));
        names = found;
        for (CommentThread t : threads) {
            panel.add(thread(t, advisor, drafter, redraw));
        }
    }

    private String author(CommentEntry entry) {
        return names.getOrDefault(entry.author(), entry.author());
    }

    private Component thread(CommentThread t, boolean advisor, boolean drafter, Runnable redraw) {
        CommentEntry c = t.comment();
        Div box = new Div();
        box.setId("comment-" + c.id());
        box.addClassName("comment-thread");
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "6px")
                .set("padding", "0.5rem 0.75rem")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        Span state = new Span(box.getTranslation("comment.state." + c.state().name()));
        state.getElement()
                .getThemeList()
                .add(
                        switch (c.state()) {
                            case OPEN -> "badge error";
                            case ANSWERED -> "badge";
                            case RESOLVED -> "badge success";
                        });
        state.setId("comment-" + c.id() + "-state");
        String where = c.part() == null
                ? box.getTranslation("comments.wholeReport")
                : Part.ofCode(c.part())
                        .map(p -> p.title(UI.getCurrent().getLocale()))
                        .orElse(c.part());
        box.add(new HorizontalLayout(
                state, new Span(where), new Span(author(c) + " · " + formats.dateTime(c.createdAt()))));
        if (c.quote() != null) {
            Paragraph quote = new Paragraph("“" + c.quote() + "”");
            quote.getStyle()
                    .set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("padding-left", "0.5rem")
                    .set("color", "var(--lumo-secondary-text-color)");
            box.add(quote);
        }
        box.add(new Paragraph(c.body()));
        for (CommentEntry r : t.replies()) {
            Paragraph reply = new Paragraph(author(r) + " · " + formats.dateTime(r.createdAt()) + "：" + r.body());
            reply.getStyle().set("margin-left", "1.5rem");
            box.add(reply);
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.add(button(box, "reply", c, () -> replyDialog(box, c, redraw)));
        if (drafter && c.state() == Comment.State.OPEN) {
            buttons.add(button(box, "answer", c, () -> answerDialog(box, c, redraw)));
        }
        if (advisor && c.state() != Comment.State.RESOLVED) {
            buttons.add(button(
                    box,
                    "resolve",
                    c,
                    () -> act(() -> comments.settle(c.id(), true), "notice.commentResolved", redraw)));
        }
        if (advisor && c.state() == Comment.State.RESOLVED) {
            buttons.add(button(
                    box,
                    "reopen",
                    c,
                    () -> act(() -> comments.settle(c.id(), false), "notice.commentReopened", redraw)));
        }
        box.add(buttons);
        return box;
    }

    private static Button button(Component owner, String action, CommentEntry c, Runnable run) {
        Button b = new Button(owner.getTranslation("comment." + action), e -> run.run());
        b.setId("comment-" + c.id() + "-" + action);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    private void addDialog(Component owner, ReportView report, Runnable redraw) {
        Select<Part> part = new Select<>();
        part.setId("comment-part");
        part.setLabel(owner.getTranslation("comment.part"));
        part.setItems(Arrays.asList(Part.documentOrder()));
        part.setItemLabelGenerator(p -> p == null ? "" : p.title(UI.getCurrent().getLocale()));
        part.setEmptySelectionAllowed(true);
        part.setEmptySelectionCaption(owner.getTranslation("comments.wholeReport"));
        TextArea quote = ActionDialog.textArea("comment.quote", false);
        quote.setId("comment-quote");
        quote.setHelperText(owner.getTranslation("comment.quoteHelp"));
        TextArea body = ActionDialog.textArea("comment.body", true);
        body.setId("comment-body");
        body.setMaxLength(CommentService.MAX_BODY);
        // Take over what the advisor selected in a part before opening the dialog
        UI.getCurrent().getPage().executeJs(SELECTION_JS).then(String.class, selected -> {
            int cut = selected == null ? -1 : selected.indexOf('|');
            if (cut > 0) {
                Part.ofCode(selected.substring("part-".length(), cut)).ifPresent(part::setValue);
                quote.setValue(selected.substring(cut + 1));
            }
        });
        new ActionDialog(
                        owner.getTranslation("comments.add"),
                        owner.getTranslation("comments.add"),
                        () -> act(
                                () -> comments.comment(report.id(), part.getValue(), quote.getValue(), body.getValue()),
                                "notice.commentAdded",
                                redraw),
                        part,
                        quote,
                        body)
                .open();
    }

    private void replyDialog(Component owner, CommentEntry c, Runnable redraw) {
        TextArea body = ActionDialog.textArea("comment.body", true);
        body.setId("comment-reply-body");
        new ActionDialog(
                        owner.getTranslation("comment.reply"),
                        owner.getTranslation("comment.reply"),
                        () -> act(() -> comments.reply(c.id(), body.getValue()), "notice.commentReplied", redraw),
                        body)
                .open();
    }

    private void answerDialog(Component owner, CommentEntry c, Runnable redraw) {
        RadioButtonGroup<Comment.AnswerKind> kind = new RadioButtonGroup<>();
        kind.setId("comment-answer-kind");
        kind.setLabel(owner.getTranslation("comment.answerKind"));
        kind.setItems(Comment.AnswerKind.values());
        kind.setItemLabelGenerator(k -> owner.getTranslation("comment.answerKind." + k.name()));
        TextArea body = ActionDialog.textArea("comment.answerBody", false);
        body.setId("comment-answer-body");
        new ActionDialog(
                        owner.getTranslation("comment.answer"),
                        owner.getTranslation("comment.answer"),
                        () -> act(
                                () -> comments.answer(c.id(), kind.getValue(), body.getValue()),
                                "notice.commentAnswered",
                                redraw),
                        kind,
                        body)
                .open();
    }

    private static boolean act(Runnable action, String notice, Runnable redraw) {
        boolean done = Notices.attempt(action);
        if (done) {
            Notices.success(notice);
            redraw.run();
        }
        return done;
    }
}
