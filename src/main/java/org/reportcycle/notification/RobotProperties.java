package org.reportcycle.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Robot delivery ({@code reportcycle.robots.*}): HTTP timeout, retries of a failed post with exponential backoff
 * (first after {@code retryBase}, doubling, at most {@code maxAttempts} posts), how often due retries are looked
 * for.
 */
@ConfigurationProperties("reportcycle.robots")
record RobotProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("1m") Duration retryBase,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration sweepEvery) {}
