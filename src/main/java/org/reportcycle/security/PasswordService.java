package org.reportcycle.security;

import static org.reportcycle.shared.AuditEvent.details;

import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People change their own password (the current one first, then a new one under {@link PasswordPolicy}); a
 * change clears an administrator's demand to change it at the next sign-in. Audited as
 * {@code user.passwordChanged}, never with the password.
 */
@Service
public class PasswordService {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public PasswordService(
            UserRepository users, PasswordEncoder encoder, AccessGuard guard, ApplicationEventPublisher events) {
        this.users = users;
        this.encoder = encoder;
        this.guard = guard;
        this.events = events;
    }

    /** The caller changes their own password; nothing changes when the current one is wrong or the new one weak. */
    @Transactional
    public void changeOwn(String current, String newPassword) {
        CurrentUser me = guard.caller();
        AppUser user = users.findById(me.id()).orElseThrow();
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw new UserFacingException("error.password.wrongCurrent");
        }
        PasswordPolicy.require(user.getUsername(), newPassword);
        if (newPassword.equals(current)) {
            throw new UserFacingException("error.password.sameAsOld");
        }
        user.changePassword(encoder.encode(newPassword));
        boolean wasForced = user.isMustChangePassword();
        user.setMustChangePassword(false);
        events.publishEvent(new AuditEvent("user.passwordChanged", null, null, details("forced", wasForced)));
    }

    /** Whether the caller must change their password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChange() {
        return guard.caller().id() != null
                && users.findById(guard.caller().id())
                        .map(AppUser::isMustChangePassword)
                        .orElse(false);
    }
}
