package org.reportcycle.review;

import static org.reportcycle.shared.AuditEvent.details;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.report.Report;
import org.reportcycle.report.ReportLifecycle;
import org.reportcycle.report.ReportService;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review comments (审查意见): the legal advisor comments on a quoted passage of a part during legal
 * review; the drafter answers each (fixed or explained) before resubmitting; the advisor resolves or
 * reopens it. Members of the unit reply in the thread.
 */
@Service
public class CommentService {

    /** The longest comment or reply (characters). */
    public static final int MAX_BODY = 2000;

    private final CommentRepository comments;
    private final ReportLifecycle reports;
    private final ReportService reportTexts;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CommentService(
            CommentRepository comments,
            ReportLifecycle reports,
            ReportService reportTexts,
            AccessGuard guard,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.reports = reports;
        this.reportTexts = reportTexts;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
    }

    /** The legal advisor comments on a passage of a part; the passage must be in the part's text. */
    @Transactional
    public CommentEntry comment(Long reportId, Part part, String quote, String body) {
        Report report = reports.report(reportId);
        guard.requireRole(report.getUnitId(), reportId, Role.LEGAL);
        requireStep(report, Step.LEGAL_REVIEW);
        String text = checkBody(body);
        String passage = quote == null || quote.isBlank() ? null : quote.strip();
        if (passage != null && !reportTexts.view(reportId).text().part(part).contains(passage)) {
            throw new UserFacingException("error.quoteNotFound");
        }
        if (passage != null && passage.length() > 1000) {
            throw new UserFacingException("error.quoteTooLong", 1000);
        }
        Comment saved = comments.save(Comment.thread(
                reportId,
                part == null ? null : part.code(),
                passage,
                text,
                guard.caller().username(),
                now()));
        audit("comment.added", report, details("comment", saved.getId(), "part", saved.getPart(), "body", text));
        return CommentEntry.of(saved);
    }

    /** Any member of the unit replies in a thread. */
    @Transactional
    public CommentEntry reply(Long threadId, String body) {
        Comment thread = thread(threadId);
        Report report = reports.report(thread.getReportId());
        guard.requireRead(report.getUnitId(), report.getId());
        Comment saved = comments.save(
                Comment.reply(thread, checkBody(body), guard.caller().username(), now()));
        audit("comment.replied", report, details("comment", threadId, "reply", saved.getId(), "body", saved.getBody()));
        return CommentEntry.of(saved);
    }

    /** The drafter answers an open comment while drafting: fixed in the text, or explained in the reply. */
    @Transactional
    public CommentEntry answer(Long threadId, Comment.AnswerKind kind, String body) {
        Comment thread = thread(threadId);
        Report report = reports.report(thread.getReportId());
        CurrentUser user = guard.requireRole(report.getUnitId(), report.getId(), Role.DRAFTER);
        requireStep(report, Step.DRAFT);
        if (kind == null) {
            throw new UserFacingException("error.answerKindRequired");
        }
        if (kind == Comment.AnswerKind.EXPLAINED || body != null && !body.isBlank()) {
            comments.save(Comment.reply(thread, checkBody(body), user.username(), now()));
        }
        thread.answer(kind);
        audit("comment.answered", report, details("comment", threadId, "kind", kind.name(), "body", body));
        return CommentEntry.of(thread);
    }

    /** The legal advisor accepts an answer (resolved) or reopens the thread. */
    @Transactional
    public CommentEntry settle(Long threadId, boolean resolved) {
        Comment thread = thread(threadId);
        Report report = reports.report(thread.getReportId());
        guard.requireRole(report.getUnitId(), report.getId(), Role.LEGAL);
        requireStep(report, Step.LEGAL_REVIEW);
        if (resolved) {
            thread.resolve();
        } else {
            thread.reopen();
        }
        audit(resolved ? "comment.resolved" : "comment.reopened", report, details("comment", threadId));
        return CommentEntry.of(thread);
    }

    /** Every thread of a report with its replies, for whoever may read the report. */
    @Transactional(readOnly = true)
    public List<CommentThread> threads(Long reportId) {
        Report report = reports.report(reportId);
        guard.requireRead(report.getUnitId(), reportId);
        Map<Long, List<CommentEntry>> replies = new LinkedHashMap<>();
        List<CommentEntry> roots = new ArrayList<>();
        for (CommentEntry c : comments.findByReportIdOrderByIdAsc(reportId).stream()
                .map(CommentEntry::of)
                .toList()) {
            if (c.isThread()) {
                roots.add(c);
            } else {
                replies.computeIfAbsent(c.parentId(), id -> new ArrayList<>()).add(c);
            }
        }
        return roots.stream()
                .map(r -> new CommentThread(r, replies.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** How many threads of the report still wait for the drafter's answer. */
    @Transactional(readOnly = true)
    public long openCount(Long reportId) {
        return comments.countByReportIdAndParentIdIsNullAndState(reportId, Comment.State.OPEN);
    }

    /** True once the advisor has commented on the report since it was last submitted. */
    @Transactional(readOnly = true)
    public boolean reviewStarted(Report report) {
        return comments.countByReportIdAndCreatedAtAfter(report.getId(), report.getStepSince()) > 0;
    }

    private Comment thread(Long threadId) {
        Comment c =
                comments.findById(threadId).orElseThrow(() -> new NotFoundException("error.commentNotFound", threadId));
        if (!c.isThread()) {
            throw new NotFoundException("error.commentNotFound", threadId);
        }
        return c;
    }

    private static void requireStep(Report report, Step step) {
        if (report.getStep() != step) {
            throw new ConflictException("error.wrongStep");
        }
    }

    private static String checkBody(String body) {
        String text = UserFacingException.requireReason(body);
        if (text.length() > MAX_BODY) {
            throw new UserFacingException("error.commentTooLong", MAX_BODY);
        }
        return text;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private void audit(String action, Report report, Map<String, Object> details) {
        events.publishEvent(new AuditEvent(action, report.getUnitId(), report.getId(), details));
    }
}
