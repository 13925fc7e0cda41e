package org.reportcycle.api;

import java.util.Map;
import org.reportcycle.api.ApiDtos.ConfirmRequest;
import org.reportcycle.api.ApiDtos.DecisionRequest;
import org.reportcycle.api.ApiDtos.MeetingRequest;
import org.reportcycle.api.ApiDtos.PublishRequestDto;
import org.reportcycle.api.ApiDtos.ReturnRequest;
import org.reportcycle.api.ApiDtos.SignoffRequest;
import org.reportcycle.api.ApiDtos.StepResult;
import org.reportcycle.api.ApiDtos.SubmitRequest;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Step;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The step decisions, one endpoint each; the step services check role, unit and step. */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class StepApiController {

    private final ReviewService review;
    private final SignoffService signoff;
    private final CommitteeService committee;
    private final PublicationService publication;
    private final OfficeReviewService office;

    StepApiController(
            ReviewService review,
            SignoffService signoff,
            CommitteeService committee,
            PublicationService publication,
            OfficeReviewService office) {
        this.office = office;
        this.review = review;
        this.signoff = signoff;
        this.committee = committee;
        this.publication = publication;
    }

    @PostMapping("/submit")
    StepResult submit(@PathVariable Long id, @RequestBody(required = false) SubmitRequest body) {
        return result(
                id,
                body == null
                        ? review.submit(id, null)
                        : review.submit(id, body.text(), body.overrides() == null ? Map.of() : body.overrides()));
    }

    @PostMapping("/review/pass")
    StepResult pass(@PathVariable Long id, @RequestBody(required = false) DecisionRequest body) {
        return result(id, review.pass(id, text(body)));
    }

    @PostMapping("/review/return")
    StepResult returnReview(@PathVariable Long id, @RequestBody DecisionRequest body) {
        return result(id, review.returnToDrafting(id, text(body)));
    }

    @PostMapping("/signoff/approve")
    StepResult approve(@PathVariable Long id, @RequestBody SignoffRequest body) {
        return result(id, signoff.approve(id, body.opinion(), body.confidentialityAttested()));
    }

    @PostMapping("/signoff/return")
    StepResult returnSignoff(@PathVariable Long id, @RequestBody ReturnRequest body) {
        return result(id, signoff.returnReport(id, body.reason(), body.toPreviousSigner()));
    }

    @PostMapping("/committee/meeting")
    StepResult meeting(@PathVariable Long id, @RequestBody MeetingRequest body) {
        return result(
                id,
                committee.recordMeeting(
                        id,
                        new MeetingRecord(
                                body.body(),
                                body.heldOn(),
                                body.sessionNo(),
                                body.attendance(),
                                body.outcome(),
                                body.minutes())));
    }

    @PostMapping("/revision/submit")
    StepResult revision(@PathVariable Long id, @RequestBody(required = false) DecisionRequest body) {
        return result(id, committee.submitRevision(id, text(body)));
    }

    @PostMapping("/committee/confirm")
    StepResult confirm(@PathVariable Long id, @RequestBody ConfirmRequest body) {
        return result(id, committee.confirmChanges(id, body.confirmed(), body.note()));
    }

    @PostMapping("/report-up")
    StepResult reportUp(@PathVariable Long id, @RequestBody(required = false) DecisionRequest body) {
        return result(id, publication.reportUp(id, text(body)));
    }

    @PostMapping("/office/accept")
    StepResult accept(@PathVariable Long id, @RequestBody(required = false) DecisionRequest body) {
        return result(id, office.accept(id, text(body)));
    }

    @PostMapping("/office/return")
    StepResult sendBack(@PathVariable Long id, @RequestBody DecisionRequest body) {
        return result(id, office.sendBack(id, text(body)));
    }

    @PostMapping("/publish")
    StepResult publish(@PathVariable Long id, @RequestBody(required = false) PublishRequestDto body) {
        PublishRequest request = body == null
                ? PublishRequest.defaults()
                : new PublishRequest(body.indexNo(), body.issuer(), body.writtenOn());
        return result(id, publication.publish(id, request));
    }

    private static String text(DecisionRequest body) {
        return body == null ? null : body.text();
    }

    private static StepResult result(Long id, Step step) {
        return new StepResult(id, step.name());
    }
}
