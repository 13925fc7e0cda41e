package org.reportcycle.security.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a token (hex): what is stored and looked up. A token has 256 random bits, so no salt or stretching. */
final class TokenHash {

    /** Characters of a token kept in clear to tell tokens apart ({@code rct_} and four more). */
    static final int PREFIX_LENGTH = 8;

    private TokenHash() {}

    static String of(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
