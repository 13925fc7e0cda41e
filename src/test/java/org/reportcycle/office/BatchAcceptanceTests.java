package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.office.BatchAcceptance.Failure;
import org.reportcycle.office.BatchAcceptance.Outcome;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The office accepts several filed reports in one action, each its own audited decision; failures are listed. */
@SpringBootTest
@ActiveProfiles("test")
class BatchAcceptanceTests {

    @Autowired
    TestData data;

    @Autowired
    BatchAcceptance batch;

    @Autowired
    ReportRepository reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void several_filed_reports_are_accepted_at_once_and_one_that_cannot_be_does_not_undo_the_others() {
        TestUnit a = data.unit("批量接收甲");
        TestUnit b = data.unit("批量接收乙");
        TestUnit c = data.unit("批量接收丙");
        Long first = data.openReport(2351, a);
        Long second = data.openReport(2351, b);
        Long notFiled = data.openReport(2351, c);
        data.bringTo(Step.OFFICE_REVIEW, a, first);
        data.bringTo(Step.OFFICE_REVIEW, b, second);

        Outcome outcome = as(data.admin(), () -> batch.acceptAll(List.of(first, notFiled, second), "材料齐全"));

        assertThat(outcome.accepted()).containsExactly(first, second);
        assertThat(outcome.failed())
                .extracting(Failure::reportId, Failure::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(notFiled, "error.wrongStep"));
        assertThat(reports.findById(first).orElseThrow().getStep()).isEqualTo(Step.PUBLISH);
        assertThat(reports.findById(second).orElseThrow().getStep()).isEqualTo(Step.PUBLISH);
        assertThat(reports.findById(notFiled).orElseThrow().getStep()).isEqualTo(Step.DRAFT);
        for (Long id : List.of(first, second)) {
            assertThat(jdbc.queryForList(
                            "SELECT details FROM rc_audit WHERE report_id = ? AND action = 'office.accepted'",
                            String.class,
                            id))
                    .as("one audited acceptance of %s", id)
                    .singleElement()
                    .asString()
                    .contains("材料齐全");
        }
    }

    @Test
    void only_the_office_accepts() {
        TestUnit a = data.unit("批量接收丁");
        Long id = data.openReport(2352, a);
        data.bringTo(Step.OFFICE_REVIEW, a, id);
        assertThatThrownBy(() -> as(a.drafter(), () -> batch.acceptAll(List.of(id), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reports.findById(id).orElseThrow().getStep()).isEqualTo(Step.OFFICE_REVIEW);
    }
}
