package org.reportcycle.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.EnumMap;
import java.util.Map;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.UserFacingException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Corrections (更正) of published reports by the unit's drafters. */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class CorrectionApiController {

    private final PublicationService publication;

    CorrectionApiController(PublicationService publication) {
        this.publication = publication;
    }

    /** The corrected parts by part code ("1" … "5", "R") and what the correction corrects. */
    record CorrectionRequest(Map<String, String> parts, String note) {}

    record CorrectionResult(Long reportId, int version) {}

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Correct a published report",
            description = "The unit's drafters publish a new version of a published report; the note says what it "
                    + "corrects. Earlier versions stay readable on the portal.")
    CorrectionResult correct(@PathVariable Long id, @RequestBody CorrectionRequest body) {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        if (body.parts() != null) {
            body.parts()
                    .forEach((code, text) -> parts.put(
                            Part.ofCode(code)
                                    .orElseThrow(() -> new UserFacingException("error.correctionUnknownPart", code)),
                            text));
        }
        return new CorrectionResult(id, publication.correct(id, parts, body.note()));
    }
}
