package org.reportcycle.api;

import java.time.LocalDate;
import java.util.List;
import org.reportcycle.delegation.CopyService;
import org.reportcycle.delegation.CopyService.CopyView;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.delegation.DelegationService.DelegationView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Delegation (委派) of the caller's tasks and copies (抄送) of reports, with read receipts. */
@RestController
class DelegationApiController {

    private final DelegationService delegations;
    private final CopyService copies;

    DelegationApiController(DelegationService delegations, CopyService copies) {
        this.delegations = delegations;
        this.copies = copies;
    }

    record DelegationRequest(Long unitId, String delegate, LocalDate from, LocalDate until, String reason) {}

    @PostMapping("/api/v1/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    DelegationView delegate(@RequestBody DelegationRequest r) {
        return delegations.delegate(r.unitId(), r.delegate(), r.from(), r.until(), r.reason());
    }

    @GetMapping("/api/v1/delegations")
    List<DelegationView> mine() {
        return delegations.mine();
    }

    @DeleteMapping("/api/v1/delegations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable Long id) {
        delegations.revoke(id);
    }

    record CopyRequest(String to, String note) {}

    @PostMapping("/api/v1/reports/{id}/copies")
    @ResponseStatus(HttpStatus.CREATED)
    CopyView copy(@PathVariable Long id, @RequestBody CopyRequest r) {
        return copies.copy(id, r.to(), r.note());
    }

    /** The report's copies with the read receipts (first opened). */
    @GetMapping("/api/v1/reports/{id}/copies")
    List<CopyView> copies(@PathVariable Long id) {
        return copies.copies(id);
    }

    /** The caller, copied in, has opened the report: their read receipt is kept (the first time only). */
    @PostMapping("/api/v1/reports/{id}/copies/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void opened(@PathVariable Long id) {
        copies.opened(id);
    }

    /** The ids of the reports copied to the caller, newest first. */
    @GetMapping("/api/v1/copies")
    List<Long> copiedToMe() {
        return copies.copiedToMe();
    }
}
