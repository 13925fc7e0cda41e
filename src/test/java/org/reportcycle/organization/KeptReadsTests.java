package org.reportcycle.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.AuditEvents;

/**
 * What a node keeps of what it read about the organization: a value read once is kept for the configured time (what
 * another node changed counts when it expires), under its key; any audited change without a report drops
 * everything, a report's step nothing, and a read that overlapped a drop is not kept.
 */
class KeptReadsTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    record Person(String username, LocalDate day) {}

    record Contact(String username) {}

    final AtomicInteger reads = new AtomicInteger();

    final List<Collection<String>> loaded = new ArrayList<>();

    String read(String name) {
        reads.incrementAndGet();
        return name + "@" + reads.get();
    }

    Map<String, String> readAll(Collection<String> names) {
        loaded.add(List.copyOf(names));
        return names.stream().filter(n -> !n.startsWith("unknown")).collect(Collectors.toMap(n -> n, n -> n + "@x"));
    }

    @Test
    void a_value_read_once_is_kept_until_the_time_runs_out_and_per_key() throws InterruptedException {
        KeptReads kept = new KeptReads(Duration.ofMillis(300));
        String first = kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        assertThat(kept.<String>get(new Person("zhangsan", DAY), () -> read("zhangsan")))
                .isSameAs(first);
        assertThat(reads).hasValue(1);
        // another key (the next day's delegations may differ) is read of its own
        kept.get(new Person("zhangsan", DAY.plusDays(1)), () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
        Thread.sleep(400);
        assertThat(kept.<String>get(new Person("zhangsan", DAY), () -> read("zhangsan")))
                .isNotSameAs(first);
        assertThat(reads).hasValue(3);
    }

    @Test
    void many_ids_at_once_read_only_those_not_kept_and_remember_the_unknown_ones() {
        KeptReads kept = new KeptReads(Duration.ofMinutes(1));
        assertThat(kept.getAll(List.of("lisi", "unknown1"), Contact::new, this::readAll))
                .containsExactly(Map.entry("lisi", "lisi@x"));
        assertThat(kept.getAll(List.of("lisi", "wangwu", "unknown1"), Contact::new, this::readAll))
                .containsOnly(Map.entry("lisi", "lisi@x"), Map.entry("wangwu", "wangwu@x"));
        assertThat(loaded).containsExactly(List.of("lisi", "unknown1"), List.of("wangwu"));
        kept.getAll(List.of("lisi", "wangwu", "unknown1"), Contact::new, this::readAll);
        assertThat(loaded).as("all kept: no read").hasSize(2);
    }

    @Test
    void a_change_without_a_report_drops_everything_a_reports_step_nothing() {
        KeptReads kept = new KeptReads(Duration.ofMinutes(1));
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        kept.on(new AuditEvent("report.submitted", 7L, 42L, Map.of()));
        kept.on(new AuditEvents(List.of(new AuditEvent("report.opinion", 7L, 42L, Map.of()))));
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        assertThat(reads).as("a report's steps keep what was read").hasValue(1);
        assertThat(loaded).hasSize(1);

        kept.on(new AuditEvent("membership.removed", 7L, null, Map.of()));
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        assertThat(reads).hasValue(2);
        assertThat(loaded).hasSize(2);
        kept.on(new AuditEvents(List.of(
                new AuditEvent("report.opinion", 7L, 42L, Map.of()),
                new AuditEvent("cycle.created", null, null, Map.of()))));
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        assertThat(reads).hasValue(3);
        kept.dropAll();
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        assertThat(reads).as("a change that is not audited drops them too").hasValue(4);
    }

    @Test
    void a_read_that_overlapped_a_change_is_not_kept() {
        KeptReads kept = new KeptReads(Duration.ofMinutes(1));
        kept.get(new Person("zhangsan", DAY), () -> {
            // the change lands while the person is being read: what was read may be the old state
            kept.on(new AuditEvent("delegation.created", 7L, null, Map.of()));
            return read("zhangsan");
        });
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
        kept.getAll(List.of("lisi"), Contact::new, names -> {
            kept.on(new AuditEvent("user.updated", null, null, Map.of()));
            return readAll(names);
        });
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        assertThat(loaded).hasSize(2);
    }

    @Test
    void nothing_is_kept_when_the_time_is_zero() {
        KeptReads kept = new KeptReads(Duration.ZERO);
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        kept.get(new Person("zhangsan", DAY), () -> read("zhangsan"));
        assertThat(reads).hasValue(2);
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        kept.getAll(List.of("lisi"), Contact::new, this::readAll);
        assertThat(loaded).hasSize(2);
    }
}
