package org.reportcycle.security.token;

import java.util.Arrays;
import java.util.Optional;

/** What an API token may do; a token carries one or more. */
public enum TokenScope {
    /** The open data under {@code /api/v1/public} (open anyway; for systems that identify themselves). */
    READ_PUBLIC("read:public"),
    /** Every GET under {@code /api/v1}: reports, tasks, audit, notices — as far as the owner may see them. */
    READ_REPORTS("read:reports"),
    /** Every change under {@code /api/v1}: step decisions, saves, comments — as far as the owner may act. */
    WRITE_STEPS("write:steps"),
    /** The actuator's metrics (Prometheus); administrators' tokens only. */
    READ_METRICS("read:metrics");

    private final String code;

    TokenScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<TokenScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
