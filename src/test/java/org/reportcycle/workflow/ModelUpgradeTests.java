package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;

import java.util.List;
import java.util.Locale;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Upgrading over running reports (issue 18 removed the process model's gateways and made the decision a transient
 * variable): a report started on the earlier model, with an exclusive gateway after each deciding step, is taken to
 * publication after the new model is deployed. Its gateways read the decision the new code passes, and its diagram
 * still names them in the viewer's language. A report started afterwards runs on the model without gateways.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelUpgradeTests {

    /** processes/annual-report.bpmn20.xml as it was before the gateways were removed (commit 279a251). */
    static final String EARLIER_MODEL = "workflow/annual-report-with-gateways.bpmn20.xml";

    @Autowired
    TestData data;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    ReportService reports;

    @Autowired
    ProcessDiagram diagram;

    @Test
    void a_report_started_on_the_model_with_gateways_is_published_after_the_upgrade() {
        TestUnit unit = data.unit("流程升级街道");
        Long before;
        try {
            repository
                    .createDeployment()
                    .name("annual report, the model before issue 18")
                    .addClasspathResource(EARLIER_MODEL)
                    .deploy();
            before = data.openReport(2490, unit);
        } finally {
            // the upgrade: the current model deployed again, the latest version from now on
            repository
                    .createDeployment()
                    .name("annual report, the upgrade")
                    .addClasspathResource("processes/annual-report.bpmn20.xml")
                    .deploy();
        }
        Long after = data.openReport(2491, unit);
        assertThat(definitionOf(before).getVersion())
                .isLessThan(definitionOf(after).getVersion());

        data.bringTo(Step.PUBLISHED, unit, before);
        data.bringTo(Step.PUBLISHED, unit, after);

        assertThat(as(unit.drafter(), () -> reports.view(before)).step()).isEqualTo(Step.PUBLISHED);
        assertThat(as(unit.drafter(), () -> reports.view(after)).step()).isEqualTo(Step.PUBLISHED);
        // the earlier report went through its gateways, each chosen by the transient decision; the later one has none
        assertThat(passed(before))
                .contains("afterReview", "afterSignoff", "afterCommittee", "afterOffice", "publish", "end");
        assertThat(passed(after))
                .contains("legalReview", "leaderSignoff", "committee", "officeReview", "publish", "end")
                .noneMatch(id -> id.startsWith("after"));
        // each report's diagram is drawn from its own model, in the viewer's language
        String earlier = as(unit.drafter(), () -> diagram.svg(before, Locale.ENGLISH));
        assertThat(earlier).contains("id=\"node-afterReview\"").contains("Review result?");
        String later = as(unit.drafter(), () -> diagram.svg(after, Locale.ENGLISH));
        assertThat(later).doesNotContain("node-afterReview").contains("marker-start=\"url(#cond-taken)\"");
    }

    private ProcessDefinition definitionOf(Long reportId) {
        String definitionId = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(reportId))
                .singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId);
    }

    private List<String> passed(Long reportId) {
        String pid = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(reportId))
                .singleResult()
                .getId();
        return history.createHistoricActivityInstanceQuery().processInstanceId(pid).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }
}
