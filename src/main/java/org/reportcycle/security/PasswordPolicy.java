package org.reportcycle.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reportcycle.shared.UserFacingException;

/**
 * The one password rule for every account created or changed — screen, import, API, the first administrator:
 * at least 12 characters, at most 128, from at least three of upper case, lower case, digits and symbols, not
 * containing the user name, and not in the list of common passwords ({@code security/common-passwords.txt}).
 * Test fixtures and the demo dataset store their accounts directly and are not checked.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Refuses a password that breaks the rule with {@code error.password.*}; nothing is stored. */
    public static String require(String username, String password) {
        problem(username, password).ifPresent(key -> {
            throw new UserFacingException(key, MIN_LENGTH);
        });
        return password;
    }

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("error.password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("error.password.short");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("error.password.long");
        }
        int kinds = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3) {
            return Optional.of("error.password.kinds");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("error.password.name");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("error.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
