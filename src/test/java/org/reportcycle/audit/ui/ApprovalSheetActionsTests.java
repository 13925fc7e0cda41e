package org.reportcycle.audit.ui;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class ApprovalSheetActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void an_administrator_downloads_a_published_reports_approval_sheet_from_the_workspace() throws Exception {
        TestUnit unit = data.unit("审批单街道");
        Long report = data.openReport(2026, unit);
        data.bringTo(Step.PUBLISHED, unit, report);

        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("reports/" + report);

        byte[] pdf = _download(_get(Anchor.class, s -> s.withId("export-approval-sheet")));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("审批单街道2026年法治政府建设年度报告审批单")
                    .containsSubsequence(
                            "合法性审查—审查通过",
                            "办理人：审批单街道法律顾问",
                            "意见：同意",
                            "领导签批—签批同意",
                            "办理人：审批单街道分管领导",
                            "领导签批—签批同意",
                            "办理人：审批单街道主要负责人",
                            "党委(党工委)会议审议—审议通过",
                            "办理人：审批单街道会议记录人",
                            "报送上级—报送上级",
                            "上级审查备案",
                            "向社会公开—公开");
        }
    }
}
