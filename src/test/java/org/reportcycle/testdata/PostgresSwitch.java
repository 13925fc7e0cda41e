package org.reportcycle.testdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The database suite's switch to PostgreSQL: with {@code POSTGRES_URL} set, a test context that asks for the
 * {@code mysql} profile gets the {@code postgres} profile instead, so {@code ./mvnw -Pmysql-tests test} runs the
 * same tests on PostgreSQL ({@code .ci/run}'s PostgreSQL stage). Test classpath only; runs before the
 * profile-specific properties are read.
 */
public class PostgresSwitch implements EnvironmentPostProcessor, Ordered {

    /** Whether the database suite runs on PostgreSQL in this JVM. */
    public static boolean active() {
        return StringUtils.hasText(System.getenv("POSTGRES_URL"));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!active()) {
            return;
        }
        Set<String> profiles = new LinkedHashSet<>(Arrays.asList(environment.getActiveProfiles()));
        // the test context loader sets them as spring.profiles.active[0], [1], …
        profiles.addAll(Binder.get(environment)
                .bind("spring.profiles.active", Bindable.listOf(String.class))
                .orElse(List.of()));
        if (!profiles.contains("mysql")) {
            return;
        }
        List<String> switched = new ArrayList<>();
        for (String profile : profiles) {
            switched.add(profile.trim().equals("mysql") ? "postgres" : profile.trim());
        }
        String value = String.join(",", switched);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("postgresSwitch", Map.of("spring.profiles.active", value)));
        environment.setActiveProfiles(switched.toArray(String[]::new));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
