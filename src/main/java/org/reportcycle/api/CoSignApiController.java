package org.reportcycle.api;

import java.util.List;
import org.reportcycle.api.ApiDtos.DecisionRequest;
import org.reportcycle.api.ApiDtos.SignoffRequest;
import org.reportcycle.api.ApiDtos.StepResult;
import org.reportcycle.approval.CoSigning;
import org.reportcycle.approval.CoSigning.CoSigner;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 会签 (issue 20): each co-signer's decision, and who of the co-signers has still to decide. The methods' names are
 * the operations' ids in the OpenAPI document: unique, so that generated clients keep {@code approve} for sign-off.
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class CoSignApiController {

    private final CoSigning coSigning;

    CoSignApiController(CoSigning coSigning) {
        this.coSigning = coSigning;
    }

    @PostMapping("/signoff/co-sign/approve")
    StepResult coSignApprove(@PathVariable Long id, @RequestBody SignoffRequest body) {
        return new StepResult(
                id,
                coSigning
                        .approve(id, body.opinion(), body.confidentialityAttested())
                        .name());
    }

    @PostMapping("/signoff/co-sign/return")
    StepResult coSignReturn(@PathVariable Long id, @RequestBody DecisionRequest body) {
        return new StepResult(id, coSigning.returnReport(id, body.text()).name());
    }

    @GetMapping("/co-signers")
    List<CoSigner> coSigners(@PathVariable Long id) {
        return coSigning.coSigners(id);
    }
}
