package org.reportcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Concurrent writers keep the chain intact: 8 threads each drive their own unit's report through
 * saves, submissions, returns and refused reads. {@link #actions()} is small here; the MySQL suite
 * runs 10,000.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditConcurrencyTests {

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService review;

    @Autowired
    AuditQueries audit;

    int actions() {
        return 800;
    }

    @Test
    void eight_concurrent_writers_leave_a_chain_that_verifies() throws Exception {
        int threads = 8;
        List<TestUnit> units = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            TestUnit unit = data.unit("并发街道" + i);
            units.add(unit);
            ids.add(data.openReport(2025, unit));
        }
        long before = as(data.admin(), () -> audit.verify()).checked();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            TestUnit unit = units.get(t);
            TestUnit neighbour = units.get((t + 1) % threads);
            Long id = ids.get(t);
            futures.add(pool.submit(() -> work(unit, neighbour, id, actions() / threads, done)));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        AuditQueries.Verification result = as(data.admin(), () -> audit.verify());
        System.out.printf(
                "audit concurrency: %d actions by %d threads, %d records checked, ok=%s%n",
                done.get(), threads, result.checked(), result.ok());
        assertThat(result.ok()).isTrue();
        assertThat(result.checked() - before).isGreaterThanOrEqualTo(done.get());
        assertThat(done.get()).isGreaterThanOrEqualTo(actions() - threads * 4);
    }

    /**
     * All writers on one chain (one unit), every fifth transaction rolled back after its append: the kept heads
     * meet each other's moves and the rolled-back ones, and the chain stays whole, with exactly the committed
     * records.
     */
    @Test
    void writers_on_one_chain_with_rollbacks_leave_it_whole() throws Exception {
        int threads = 8;
        int perThread = Math.max(25, actions() / threads / 4);
        TestUnit unit = data.unit("同链并发街道");
        long before = as(data.admin(), () -> audit.verify()).checked();
        AtomicInteger committed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    boolean rollBack = i % 5 == 4;
                    try {
                        tx.executeWithoutResult(status -> {
                            auditService.append("tester", "test.appended", unit.id(), null, Map.of("thread", thread));
                            if (rollBack) {
                                throw new IllegalStateException("rolled back");
                            }
                        });
                        committed.incrementAndGet();
                    } catch (IllegalStateException expected) {
                        // the append went with its transaction
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        AuditQueries.Verification result = as(data.admin(), () -> audit.verify());
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(committed.get()).isEqualTo(threads * (perThread - perThread / 5));
        assertThat(result.checked() - before).isGreaterThanOrEqualTo(committed.get());
        Long onChain = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE action = 'test.appended' AND unit_id = ?", Long.class, unit.id());
        assertThat(onChain).isEqualTo(committed.get());
    }

    @Autowired
    AuditService auditService;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    private void work(TestUnit unit, TestUnit neighbour, Long id, int count, AtomicInteger done) {
        int i = 0;
        while (i + 4 <= count) {
            int round = i;
            as(
                    unit.drafter(),
                    () -> reports.save(id, Map.of(Part.MEASURES, new PartEdit("第" + round + "稿", null)), null));
            as(unit.drafter(), () -> review.submit(id, null));
            as(unit.legal(), () -> review.returnToDrafting(id, "请修改"));
            try {
                as(neighbour.drafter(), () -> reports.view(id));
            } catch (AccessDeniedException expected) {
                // the refusal is one of the mixed actions: it is audited in a transaction of its own
            }
            i += 4;
            done.addAndGet(4);
        }
    }
}
