package org.reportcycle.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to sign in with a password (form login and HTTP Basic). Asks {@link LoginThrottle} first: a
 * name blocked from this address, or one that must wait, is refused before any password is checked. A name
 * nobody has costs no password hash: the answer waits as long as a hash takes (parked, no processor) so the
 * time does not tell which names exist. Failures are counted (and audited there), successes reset the count.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private volatile long hashNanos;

    ThrottledAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle, JdbcTemplate jdbc) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        String source = source(authentication);
        Optional<LoginLockedException> refused = throttle.refusal(name, source);
        if (refused.isPresent()) {
            throw refused.get();
        }
        try {
            if (!exists(LoginThrottle.key(name))) {
                LockSupport.parkNanos(hashNanos());
                throw new BadCredentialsException("bad credentials");
            }
            Authentication result = passwords.authenticate(authentication);
            retried(() -> {
                throttle.succeeded(name, source);
                return null;
            });
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            Optional<LoginLockedException> nowLocked =
                    retried(() -> throttle.failed(name, source, e.getClass().getSimpleName()));
            if (nowLocked.isPresent()) {
                throw nowLocked.get();
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * The throttle's bookkeeping runs in transactions of its own; two requests signing one name in from one address
     * at the same moment can both insert its first row — MySQL then picks one as a deadlock victim, PostgreSQL
     * aborts the loser's transaction — so a failed attempt is run again (in a new transaction), at most twice.
     */
    private static <T> T retried(Supplier<T> bookkeeping) {
        for (int attempt = 1; ; attempt++) {
            try {
                return bookkeeping.get();
            } catch (DataAccessException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    private boolean exists(String name) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rc_user WHERE username = ?", Integer.class, name);
        return n != null && n > 0;
    }

    /** How long one password check takes here, measured once (the median of three). */
    private long hashNanos() {
        long known = hashNanos;
        if (known == 0) {
            String hash = encoder.encode("calibration-only");
            long[] t = new long[3];
            for (int i = 0; i < t.length; i++) {
                long start = System.nanoTime();
                encoder.matches("calibration-other", hash);
                t[i] = System.nanoTime() - start;
            }
            Arrays.sort(t);
            known = Math.max(1, t[1]);
            hashNanos = known;
        }
        return known;
    }

    /** The client's address: from the login request's details, else the current request. */
    static String source(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}
