package org.reportcycle.people;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.List;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.SignOrder;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which of a unit's leaders co-sign (会签, issue 20): they sign in parallel before the other leaders, who sign one
 * after the other, the last of them being the final signer. Administrators only, each change audited. A change
 * applies to sign-offs that start after it; a co-signing already under way keeps its co-signers.
 */
@Service
@Transactional(readOnly = true)
public class CoSignerSettings {

    private final MembershipRepository memberships;
    private final UserRepository users;
    private final SignOrder signOrder;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public CoSignerSettings(
            MembershipRepository memberships,
            UserRepository users,
            SignOrder signOrder,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.memberships = memberships;
        this.users = users;
        this.signOrder = signOrder;
        this.guard = guard;
        this.events = events;
    }

    /** Marks a leader's membership as co-signing or as signing in the ordered chain. */
    @Transactional
    public void setCoSigner(Long membershipId, boolean coSigner) {
        guard.requireAdministrator();
        Membership m = memberships
                .findById(membershipId)
                .orElseThrow(() -> new NotFoundException("error.userNotFound", membershipId));
        if (m.getRole() != Role.LEADER) {
            throw new UserFacingException("error.coSignerNotLeader");
        }
        if (m.isCoSigner() == coSigner) {
            return;
        }
        m.signInParallel(coSigner);
        memberships.saveAndFlush(m);
        String username =
                users.findById(m.getUserId()).map(AppUser::getUsername).orElse("?");
        events.publishEvent(new AuditEvent(
                coSigner ? "membership.coSignerSet" : "membership.coSignerCleared",
                m.getUnitId(),
                null,
                details("username", username, "place", m.getSignOrder())));
    }

    /** The ids of the unit's memberships marked as co-signers (for the people screen). */
    public List<Long> coSigners(Long unitId) {
        guard.requireAdministrator();
        return signOrder.coSignerMemberships(unitId);
    }
}
