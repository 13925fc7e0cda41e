package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in throttle's rules with their own settings (the test profile switches the waits and address blocks
 * off, since every test signs in from 127.0.0.1): waits that double after a few failures, an address that tries
 * many names is blocked except for names that signed in from it before, and names nobody has cost no hash.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginThrottleTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AccessGuard guard;

    @Autowired
    OrganizationService organization;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TestData data;

    private Instant now = Instant.parse("2031-05-01T08:00:00Z");

    private LoginThrottle throttle(int sourceMaxNames) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new LoginThrottle(
                jdbc,
                clock,
                events,
                guard,
                organization,
                new ReportCycleSettings.Security(
                        10,
                        Duration.ofMinutes(15),
                        Duration.ofSeconds(1),
                        3,
                        sourceMaxNames,
                        Duration.ofMinutes(10),
                        null));
    }

    @Test
    void after_three_failures_each_attempt_waits_twice_as_long_and_checks_nothing_meanwhile() {
        LoginThrottle throttle = throttle(1000);
        String name = "wait-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal(name, "192.0.2.50")).isEmpty();
            throttle.failed(name, "192.0.2.50", "BadCredentialsException");
        }
        assertThat(throttle.refusal(name, "192.0.2.50"))
                .get()
                .extracting(LoginLockedException::messageKey)
                .isEqualTo("auth.throttled");
        assertThat(throttle.refusal(name, "192.0.2.51"))
                .as("another address is not held up")
                .isEmpty();
        now = now.plusMillis(1001);
        assertThat(throttle.refusal(name, "192.0.2.50")).isEmpty();
        throttle.failed(name, "192.0.2.50", "BadCredentialsException");
        now = now.plusMillis(1500);
        assertThat(throttle.refusal(name, "192.0.2.50"))
                .as("the second wait is two seconds")
                .isPresent();
        now = now.plusMillis(600);
        assertThat(throttle.refusal(name, "192.0.2.50")).isEmpty();
        assertThat(new ReportCycleSettings.Security(
                                10, Duration.ofMinutes(15), Duration.ofSeconds(1), 3, 20, Duration.ofMinutes(10), null)
                        .waitAfter(40))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void an_address_trying_many_names_is_blocked_but_not_for_a_name_that_signed_in_from_it_before() {
        LoginThrottle throttle = throttle(5);
        String prefix = "spray-" + System.nanoTime() + "-";
        String regular = prefix + "regular";
        throttle.succeeded(regular, "192.0.2.60");
        for (int i = 0; i < 5; i++) {
            throttle.failed(prefix + i, "192.0.2.60", "BadCredentialsException");
        }
        assertThat(throttle.refusal(prefix + "new", "192.0.2.60"))
                .get()
                .extracting(LoginLockedException::messageKey)
                .isEqualTo("auth.sourceBlocked");
        assertThat(throttle.refusal(regular, "192.0.2.60"))
                .as("the usual address of a real user")
                .isEmpty();
        assertThat(throttle.refusal(prefix + "new", "192.0.2.61")).isEmpty();
        now = now.plus(Duration.ofMinutes(16));
        assertThat(throttle.refusal(prefix + "new", "192.0.2.60")).isEmpty();
    }

    @Test
    void a_name_nobody_has_costs_no_password_hash() {
        AtomicInteger hashes = new AtomicInteger();
        PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return bcrypt.matches(raw, encoded);
            }
        };
        ThrottledAuthenticationProvider provider =
                new ThrottledAuthenticationProvider(userDetails, counting, throttle(1000), jdbc);
        String ghost = "ghost-" + System.nanoTime();
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(ghost, "x")))
                .isInstanceOf(BadCredentialsException.class);
        hashes.set(0); // the first answer measured how long a hash takes
        for (int i = 0; i < 2; i++) {
            now = now.plusSeconds(60);
            assertThatThrownBy(() -> provider.authenticate(
                            new UsernamePasswordAuthenticationToken(ghost + "-" + hashes.get(), "x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashes).hasValue(0);
        TestUnit unit = data.unit("哈希街道");
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken(unit.drafter(), "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashes).as("a real name is checked").hasValue(1);
    }
}
