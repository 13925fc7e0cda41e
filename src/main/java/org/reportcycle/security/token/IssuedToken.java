package org.reportcycle.security.token;

/**
 * A newly issued token: the secret is shown this once and never stored.
 *
 * @param token the secret, sent as {@code Authorization: Bearer <token>}
 */
public record IssuedToken(String token, TokenInfo info) {

    @Override
    public String toString() {
        return "IssuedToken[" + info.prefix() + "…]";
    }
}
