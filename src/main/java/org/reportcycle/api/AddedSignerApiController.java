package org.reportcycle.api;

import java.util.List;
import org.reportcycle.approval.AddedSigner;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.approval.AddedSigners;
import org.reportcycle.approval.AddedSigners.AddSigner;
import org.reportcycle.shared.Step;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 加签 at sign-off: the additions made so far, a leader's addition, and the added person's signature. */
@RestController
@RequestMapping("/api/v1/reports/{id}/signoff/added-signers")
class AddedSignerApiController {

    private final AddedSigners added;

    AddedSignerApiController(AddedSigners added) {
        this.added = added;
    }

    /** Whom to add, before or after the caller, why; for AFTER the caller's opinion and attestation (default no). */
    record AddSignerRequest(
            String username, Placement placement, String reason, String opinion, Boolean confidentialityAttested) {}

    /** The added person's opinion. */
    record AddedSignerOpinion(String opinion) {}

    @GetMapping
    List<AddedSigner> list(@PathVariable Long id) {
        return added.of(id);
    }

    @PostMapping
    ApiDtos.StepResult add(@PathVariable Long id, @RequestBody AddSignerRequest body) {
        added.add(
                id,
                new AddSigner(
                        body.username(),
                        body.placement(),
                        body.reason(),
                        body.opinion(),
                        Boolean.TRUE.equals(body.confidentialityAttested())));
        return new ApiDtos.StepResult(id, Step.LEADER_SIGNOFF.name());
    }

    @PostMapping("/sign")
    ApiDtos.StepResult sign(@PathVariable Long id, @RequestBody AddedSignerOpinion body) {
        return new ApiDtos.StepResult(id, added.sign(id, body.opinion()).name());
    }
}
