package org.reportcycle.reliability;

import java.time.LocalDate;
import java.util.Set;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.TokenRequest;
import org.reportcycle.testdata.TestData;

/** The personal API token a simulated person of the load tests works with: reports and steps, for a day. */
final class PersonalTokens {

    private PersonalTokens() {}

    static String issue(ApiTokens tokens, String user, String name) {
        return TestData.as(
                        user,
                        () -> tokens.issuePersonal(new TokenRequest(
                                name,
                                Set.of("read:reports", "write:steps"),
                                Set.of(),
                                LocalDate.now().plusDays(1))))
                .token();
    }
}
