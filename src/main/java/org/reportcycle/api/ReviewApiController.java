package org.reportcycle.api;

import java.time.Instant;
import java.util.List;
import org.reportcycle.intervention.FlowControlService;
import org.reportcycle.review.Comment;
import org.reportcycle.review.CommentEntry;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.CommentThread;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.workflow.ProgressService;
import org.reportcycle.workflow.ProgressService.ProgressStep;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Review comments, flow control (withdraw, return, reassign) and the progress of a report. */
@RestController
@RequestMapping("/api/v1")
class ReviewApiController {

    private final CommentService comments;
    private final FlowControlService flow;
    private final ProgressService progress;

    ReviewApiController(CommentService comments, FlowControlService flow, ProgressService progress) {
        this.comments = comments;
        this.flow = flow;
        this.progress = progress;
    }

    record NewComment(String part, String quote, String body) {}

    record Reply(String body) {}

    record Answer(Comment.AnswerKind kind, String body) {}

    record Settle(boolean resolved) {}

    record CommentDto(
            Long id,
            String part,
            String quote,
            String body,
            String author,
            Instant createdAt,
            String state,
            String answerKind,
            List<ReplyDto> replies) {
        static CommentDto of(CommentThread t) {
            CommentEntry c = t.comment();
            return new CommentDto(
                    c.id(),
                    c.part(),
                    c.quote(),
                    c.body(),
                    c.author(),
                    c.createdAt(),
                    c.state() == null ? null : c.state().name(),
                    c.answerKind() == null ? null : c.answerKind().name(),
                    t.replies().stream().map(ReplyDto::of).toList());
        }
    }

    record ReplyDto(Long id, String body, String author, Instant createdAt) {
        static ReplyDto of(CommentEntry c) {
            return new ReplyDto(c.id(), c.body(), c.author(), c.createdAt());
        }
    }

    record ReturnTo(Step step, String reason) {}

    record Reassign(String username, String reason) {}

    @GetMapping("/reports/{id}/comments")
    List<CommentDto> list(@PathVariable Long id) {
        return comments.threads(id).stream().map(CommentDto::of).toList();
    }

    @PostMapping("/reports/{id}/comments")
    Long comment(@PathVariable Long id, @RequestBody NewComment body) {
        Part part = body.part() == null
                ? null
                : Part.ofCode(body.part()).orElseThrow(() -> new UserFacingException("error.badRequest"));
        return comments.comment(id, part, body.quote(), body.body()).id();
    }

    @PostMapping("/comments/{threadId}/replies")
    Long reply(@PathVariable Long threadId, @RequestBody Reply body) {
        return comments.reply(threadId, body.body()).id();
    }

    @PostMapping("/comments/{threadId}/answer")
    String answer(@PathVariable Long threadId, @RequestBody Answer body) {
        return comments.answer(threadId, body.kind(), body.body()).state().name();
    }

    @PostMapping("/comments/{threadId}/settle")
    String settle(@PathVariable Long threadId, @RequestBody Settle body) {
        return comments.settle(threadId, body.resolved()).state().name();
    }

    @PostMapping("/reports/{id}/withdraw")
    ApiDtos.StepResult withdraw(@PathVariable Long id, @RequestBody(required = false) ApiDtos.DecisionRequest body) {
        return new ApiDtos.StepResult(
                id, flow.withdraw(id, body == null ? null : body.text()).name());
    }

    @PostMapping("/reports/{id}/return")
    ApiDtos.StepResult returnTo(@PathVariable Long id, @RequestBody ReturnTo body) {
        return new ApiDtos.StepResult(
                id, flow.returnTo(id, body.step(), body.reason()).name());
    }

    @PostMapping("/reports/{id}/reassign")
    void reassign(@PathVariable Long id, @RequestBody Reassign body) {
        flow.reassign(id, body.username(), body.reason());
    }

    @GetMapping("/reports/{id}/progress")
    List<ProgressStep> progress(@PathVariable Long id) {
        return progress.progress(id);
    }
}
