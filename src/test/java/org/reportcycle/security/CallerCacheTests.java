package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;

/**
 * What a node keeps of the callers: a person read once is kept for the configured time (what another node changed
 * counts when it expires), per day; any audited change without a report drops everything, a report's step nothing,
 * and a read that overlapped a drop is not kept.
 */
class CallerCacheTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    final AtomicInteger reads = new AtomicInteger();

    static CallerCache keeping(Duration keep) {
        return new CallerCache(keep);
    }

    Optional<CurrentUser> read(String name) {
        reads.incrementAndGet();
        return Optional.of(
                new CurrentUser(1L, name, "张三", false, Locale.CHINA, Map.of(), Map.of(), List.of(), Map.of()));
    }

    @Test
    void a_person_read_once_is_kept_until_the_time_runs_out_and_per_day() throws InterruptedException {
        CallerCache cache = keeping(Duration.ofMillis(300));
        Optional<CurrentUser> first = cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(cache.get("zhangsan", DAY, () -> read("zhangsan"))).isSameAs(first);
        assertThat(reads).hasValue(1);
        // the next day's delegations may differ
        cache.get("zhangsan", DAY.plusDays(1), () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
        Thread.sleep(400);
        assertThat(cache.get("zhangsan", DAY, () -> read("zhangsan"))).isNotSameAs(first);
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_change_without_a_report_drops_everything_a_reports_step_nothing() {
        CallerCache cache = keeping(Duration.ofMinutes(1));
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        cache.on(new AuditEvent("report.submitted", 7L, 42L, Map.of()));
        cache.on(new AuditEvents(List.of(new AuditEvent("report.opinion", 7L, 42L, Map.of()))));
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(reads).as("a report's steps keep what was read").hasValue(1);

        cache.on(new AuditEvent("membership.removed", 7L, null, Map.of()));
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
        cache.on(new AuditEvents(List.of(
                new AuditEvent("report.opinion", 7L, 42L, Map.of()),
                new AuditEvent("cycle.created", null, null, Map.of()))));
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_read_that_overlapped_a_change_is_not_kept() {
        CallerCache cache = keeping(Duration.ofMinutes(1));
        cache.get("zhangsan", DAY, () -> {
            // the change lands while the person is being read: what was read may be the old state
            cache.on(new AuditEvent("delegation.created", 7L, null, Map.of()));
            return read("zhangsan");
        });
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
    }

    @Test
    void nothing_is_kept_when_the_time_is_zero() {
        CallerCache cache = keeping(Duration.ZERO);
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        cache.get("zhangsan", DAY, () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
    }
}
