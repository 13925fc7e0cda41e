package org.reportcycle.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.PartConflictException;
import org.reportcycle.report.PartEdit;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Role;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two people saving the same part at the same moment: one wins, the other is told, with both texts, and
 * nothing is lost. Two completions of the same task at the same moment: the task is completed once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ConcurrentEditTests {

    static final int ROUNDS = 12;

    @Autowired
    TestData data;

    @Autowired
    ReportService reports;

    @Autowired
    ReviewService review;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void two_simultaneous_saves_of_one_part_give_one_save_and_one_conflict_showing_both_texts() throws Exception {
        TestUnit unit = data.unit("并发街道");
        String second = unit.code() + "-drafter2";
        data.person(unit.id(), second, Role.DRAFTER, 0);
        Long id = data.openReport(2033, unit);
        int detected = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                long base = TestData.as(unit.drafter(), () -> reports.view(id))
                        .parts()
                        .get(Part.SHORTCOMINGS)
                        .rowVersion();
                String textA = "甲第" + round + "次修改";
                String textB = "乙第" + round + "次修改";
                CountDownLatch go = new CountDownLatch(1);
                Future<Object> a = pool.submit(saver(go, unit.drafter(), id, textA, base));
                Future<Object> b = pool.submit(saver(go, second, id, textB, base));
                go.countDown();
                Object ra = a.get(60, TimeUnit.SECONDS);
                Object rb = b.get(60, TimeUnit.SECONDS);
                List<Object> results = List.of(ra, rb);
                assertThat(results)
                        .as("round %d: exactly one save wins", round)
                        .filteredOn("saved"::equals)
                        .hasSize(1);
                PartConflictException conflict = (PartConflictException) results.stream()
                        .filter(PartConflictException.class::isInstance)
                        .findFirst()
                        .orElseThrow();
                detected++;
                String winner = ra.equals("saved") ? textA : textB;
                String loser = ra.equals("saved") ? textB : textA;
                assertThat(conflict.theirs()).isEqualTo(winner);
                assertThat(conflict.yours()).isEqualTo(loser);
                assertThat(conflict.theirAuthor()).isEqualTo(ra.equals("saved") ? unit.drafter() : second);
                assertThat(jdbc.queryForObject(
                                "SELECT content FROM rc_report_part WHERE report_id = ? AND part = '2'",
                                String.class,
                                id))
                        .isEqualTo(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("CONCURRENT EDITS: %d conflicts detected out of %d provoked%n", detected, ROUNDS);
        assertThat(detected).isEqualTo(ROUNDS);
    }

    @Test
    void a_stale_save_over_the_api_answers_409_with_both_texts_and_who_saved() throws Exception {
        TestUnit unit = data.unit("冲突街道");
        Long id = data.openReport(2034, unit);
        long base = TestData.as(unit.drafter(), () -> reports.view(id))
                .parts()
                .get(Part.SHORTCOMINGS)
                .rowVersion();
        data.write(unit, id, Map.of(Part.SHORTCOMINGS, "先保存的文字<script>alert(1)</script>"));
        mvc.perform(put("/api/v1/reports/" + id + "/parts")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .header("Accept-Language", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parts\":{\"2\":{\"text\":\"后保存的文字\",\"baseRowVersion\":" + base + "}}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("error.staleEditBoth"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("第 2 部分已被他人")))
                .andExpect(jsonPath("$.theirs").value("先保存的文字<script>alert(1)</script>"))
                .andExpect(jsonPath("$.yours").value("后保存的文字"))
                .andExpect(jsonPath("$.theirAuthor").value(unit.drafter()));
    }

    @Test
    void completing_the_same_task_twice_at_once_completes_it_once() throws Exception {
        int completedOnce = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS / 2; round++) {
                TestUnit unit = data.unit("双击街道");
                Long id = data.openReport(2035, unit);
                CountDownLatch go = new CountDownLatch(1);
                Callable<Object> submit = () -> {
                    go.await();
                    try {
                        return TestData.as(unit.drafter(), () -> review.submit(id, null))
                                .name();
                    } catch (ConflictException | org.springframework.dao.ConcurrencyFailureException e) {
                        return e;
                    }
                };
                Future<Object> a = pool.submit(submit);
                Future<Object> b = pool.submit(submit);
                go.countDown();
                List<Object> results =
                        new ArrayList<>(List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)));
                assertThat(results)
                        .as("round %d", round)
                        .filteredOn("LEGAL_REVIEW"::equals)
                        .hasSize(1);
                assertThat(jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, id))
                        .isEqualTo("LEGAL_REVIEW");
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = 'report.submitted'",
                                Integer.class,
                                id))
                        .isEqualTo(1);
                String pid =
                        jdbc.queryForObject("SELECT process_instance_id FROM rc_report WHERE id = ?", String.class, id);
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", Integer.class, pid))
                        .isEqualTo(1);
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? AND "
                                        + "TASK_DEF_KEY_ = 'draft' AND END_TIME_ IS NOT NULL",
                                Integer.class,
                                pid))
                        .isEqualTo(1);
                completedOnce++;
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "DOUBLE COMPLETION: %d of %d simultaneous double submits completed exactly once%n",
                completedOnce, ROUNDS / 2);
    }

    private Callable<Object> saver(CountDownLatch go, String user, Long id, String text, long base) {
        return () -> {
            go.await();
            try {
                TestData.as(user, () -> reports.save(id, Map.of(Part.SHORTCOMINGS, new PartEdit(text, base)), null));
                return "saved";
            } catch (PartConflictException e) {
                return e;
            }
        };
    }
}
