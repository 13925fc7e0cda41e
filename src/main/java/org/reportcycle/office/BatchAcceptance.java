package org.reportcycle.office;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.UserFacingException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The office accepts several filed reports in one action (issue 20): each is its own decision in its own
 * transaction, audited as one acceptance ({@link OfficeReviewService#accept}), so a report that fails (no longer
 * at the office's review, changed meanwhile) does not undo the others; the outcome lists which failed and why.
 * Deliberately not transactional itself.
 */
@Service
public class BatchAcceptance {

    /** A report that was not accepted, and why (a message key and its arguments). */
    public record Failure(Long reportId, String messageKey, List<Object> args) {}

    /** Which reports were accepted and which failed. */
    public record Outcome(List<Long> accepted, List<Failure> failed) {}

    private final OfficeReviewService office;
    private final AccessGuard guard;

    public BatchAcceptance(OfficeReviewService office, AccessGuard guard) {
        this.office = office;
        this.guard = guard;
    }

    public Outcome acceptAll(Collection<Long> reportIds, String note) {
        guard.requireAdministrator();
        List<Long> accepted = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(reportIds)) {
            try {
                office.accept(id, note); // its own transaction: the proxy's @Transactional
                accepted.add(id);
            } catch (UserFacingException e) {
                failed.add(new Failure(id, e.messageKey(), Arrays.asList(e.args())));
            } catch (AccessDeniedException e) {
                failed.add(new Failure(id, "error.accessDenied", List.of()));
            } catch (RuntimeException e) {
                failed.add(new Failure(id, "error.concurrentChange", List.of()));
            }
        }
        return new Outcome(accepted, failed);
    }
}
