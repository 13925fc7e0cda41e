package org.reportcycle.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * HTTP Basic on the API without a BCrypt hash per call: a name and password that {@link
 * ThrottledAuthenticationProvider} verified are remembered for a few minutes in this node's memory as a keyed
 * SHA-256 (a random key per process, so the memory holds no password nor anything that checks one offline).
 * A remembered login is still refused when the name is locked out, the person deactivated, or their stored
 * hash changed since (a new password ends every remembered login at once): one indexed read instead of a
 * password hash. Failures are never remembered and go through the throttled provider, which counts them.
 */
class VerifiedPasswords implements AuthenticationProvider {

    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider passwords;
    private final UserDetailsService users;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(AuthenticationProvider passwords, UserDetailsService users, LoginThrottle throttle, Clock clock) {
        this.passwords = passwords;
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    private record Entry(String storedHash, Instant until) {}

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (name == null || credentials == null) {
            return passwords.authenticate(authentication);
        }
        String fingerprint = fingerprint(name, credentials.toString());
        Instant now = Instant.now(clock);
        Entry entry = verified.get(fingerprint);
        if (entry != null && entry.until().isAfter(now)) {
            UserDetails user = current(name);
            if (user != null
                    && user.isEnabled()
                    && entry.storedHash().equals(user.getPassword())
                    && throttle.lockedUntil(name).isEmpty()) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
            verified.remove(fingerprint);
        }
        Authentication result = passwords.authenticate(authentication);
        UserDetails user = current(name);
        if (user != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(fingerprint, new Entry(user.getPassword(), now.plus(REMEMBER)));
        }
        return result;
    }

    private UserDetails current(String name) {
        try {
            return users.loadUserByUsername(name);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private String fingerprint(String name, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
