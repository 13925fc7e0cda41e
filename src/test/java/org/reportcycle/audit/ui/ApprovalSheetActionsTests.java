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
                    .contains("法治政府建设年度报告审批单")
                    .contains("报告名称审批单街道2026年法治政府建设年度报告")
                    .containsSubsequence(
                            "合法性审查审查通过：同意审批单街道法律顾问",
                            "签批（第1位）签批同意：同意审批单街道分管领导",
                            "签批（第2位）签批同意：同意审批单街道主要负责人",
                            "保密审查经保密审查",
                            "党委(党工委)会议审议审议通过",
                            "审批单街道会议记录人",
                            "报送/备案报送上级审批单街道起草人",
                            "备案审查上级审查备案",
                            "公开公开：");
        }
    }
}
