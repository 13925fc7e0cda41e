package org.reportcycle.security;

import org.reportcycle.shared.AccessRefused;
import org.reportcycle.shared.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every service runs before it reads or changes a unit's report. A refusal is published
 * (the audit trail records it) and thrown as {@link AccessDeniedException}.
 */
@Component
public class AccessGuard {

    private final CurrentUserService currentUsers;
    private final ApplicationEventPublisher events;

    private final ObjectProvider<ReadGrant> readGrants;

    public AccessGuard(
            CurrentUserService currentUsers, ApplicationEventPublisher events, ObjectProvider<ReadGrant> readGrants) {
        this.readGrants = readGrants;
        this.currentUsers = currentUsers;
        this.events = events;
    }

    public CurrentUser caller() {
        return currentUsers.require();
    }

    /** The caller may read the unit's reports: a member of the unit or an administrator. */
    public CurrentUser requireRead(Long unitId, Long reportId) {
        CurrentUser user = caller();
        if (!user.canRead(unitId)
                && (reportId == null
                        || readGrants.orderedStream().noneMatch(g -> g.grants(user.username(), reportId)))) {
            throw refuse(user, "read", unitId, reportId);
        }
        return user;
    }

    /**
     * The caller may read the unit's reports as a member or administrator; a read grant (a copy, 抄送) is not
     * enough. For what a copied person may not see (the audit trail, the approval sheet) and may not do (copy on).
     */
    public CurrentUser requireMemberRead(Long unitId, Long reportId, String what) {
        CurrentUser user = requireRead(unitId, reportId);
        if (!user.canRead(unitId)) {
            throw refuse(user, what, unitId, reportId);
        }
        return user;
    }

    /** The caller holds the role for the unit. */
    public CurrentUser requireRole(Long unitId, Long reportId, Role role) {
        CurrentUser user = caller();
        if (!user.hasRole(unitId, role)) {
            throw refuse(user, "role." + role, unitId, reportId);
        }
        currentUsers.delegatorFor(user, unitId, role).ifPresent(ActingFor::mark);
        return user;
    }

    public CurrentUser requireAdministrator() {
        CurrentUser user = caller();
        if (!user.administrator()) {
            throw refuse(user, "administrator", null, null);
        }
        return user;
    }

    public AccessDeniedException refuse(CurrentUser user, String what, Long unitId, Long reportId) {
        events.publishEvent(new AccessRefused(user.username(), what, unitId, reportId));
        return new AccessDeniedException("access refused: " + what);
    }
}
