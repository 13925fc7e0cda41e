package org.reportcycle.api;

import java.util.List;
import org.reportcycle.intervention.ReturnService;
import org.reportcycle.intervention.ReturnService.ReturnTarget;
import org.reportcycle.shared.Step;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Return to an earlier step by the person deciding at the current one (leaders, secretary, legal, office). */
@RestController
@RequestMapping("/api/v1")
class ReturnApiController {

    private final ReturnService returns;

    ReturnApiController(ReturnService returns) {
        this.returns = returns;
    }

    /** Where to: a step, and at sign-off the signer's place (1-based); with the reason. */
    record ReturnToRequest(Step step, Integer signer, String reason) {}

    @GetMapping("/reports/{id}/return-targets")
    List<ReturnTarget> targets(@PathVariable Long id) {
        return returns.targets(id);
    }

    @PostMapping("/reports/{id}/return-to")
    ApiDtos.StepResult returnTo(@PathVariable Long id, @RequestBody ReturnToRequest body) {
        return new ApiDtos.StepResult(
                id,
                returns.returnTo(id, new ReturnTarget(body.step(), body.signer(), null), body.reason())
                        .name());
    }
}
