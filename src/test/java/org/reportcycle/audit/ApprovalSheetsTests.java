package org.reportcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The approval record sheet (审批单): each decision with person, time, decision and opinion, as PDF text. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApprovalSheetsTests {

    @Autowired
    TestData data;

    @Autowired
    ApprovalSheets sheets;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    CommitteeService committee;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void the_sheet_lists_every_decision_in_order_with_person_time_decision_and_opinion() throws Exception {
        TestUnit unit = data.unit("审批街道");
        Long id = data.openReport(2025, unit);
        as(unit.drafter(), () -> review.submit(id, "初稿请审"));
        as(unit.legal(), () -> review.returnToDrafting(id, "第四部分年份有误"));
        as(unit.drafter(), () -> review.submit(id, "已改"));
        as(unit.legal(), () -> review.pass(id, "经审查，内容合法"));
        as(unit.leader(1), () -> signoff.approve(id, "同意报送", false));
        as(unit.leader(2), () -> signoff.approve(id, "同意", true));
        as(
                unit.secretary(),
                () -> committee.recordMeeting(
                        id,
                        new MeetingRecord(
                                "党工委会议",
                                LocalDate.of(2026, 1, 20),
                                "第2次",
                                "全体委员",
                                MeetingOutcome.APPROVED,
                                "会议同意该报告")));

        ExportedFile file = as(unit.legal(), () -> sheets.pdf(id));
        assertThat(file.contentType()).isEqualTo("application/pdf");
        String text = text(file.content());
        java.nio.file.Files.write(
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "doc-images"))
                        .resolve("approval-sheet-table.pdf"),
                file.content());

        // the standard table: title, facts, then 事项 | 意见 | 签名 | 日期 item by item
        assertThat(text)
                .containsSubsequence(
                        "法治政府建设年度报告审批单",
                        "报告名称审批街道2025年法治政府建设年度报告",
                        "填报单位审批街道",
                        "拟稿提交审查：初稿请审" + unit.drafterName(),
                        "拟稿提交审查：已改" + unit.drafterName(),
                        "合法性审查审查退回：第四部分年份有误" + unit.legalName(),
                        "合法性审查审查通过：经审查，内容合法" + unit.legalName(),
                        "签批（第1位）签批同意：同意报送" + unit.leaderName(1),
                        "签批（第2位）签批同意：同意" + unit.leaderName(2),
                        "保密审查经保密审查，报告不含涉密内容，可以公开。" + unit.leaderName(2),
                        "党委(党工委)会议审议审议通过：党工委会议；第2次；2026-01-20；会议同意该报告" + unit.secretaryName(),
                        "报送/备案",
                        "公开",
                        "本单据据审计记录生成");
        assertThat(text).containsPattern("事.?项意.?见签.?名日.?期");
        // times as recorded in the trail, in the office's time zone
        long submittedAt = jdbc.queryForObject(
                "SELECT MIN(at) FROM rc_audit WHERE report_id = ? AND action = " + "'report.submitted'",
                Long.class,
                id);
        assertThat(text)
                .contains("初稿请审" + unit.drafterName()
                        + DateTimeFormatter.ofPattern("yyyy-MM-ddHH:mm")
                                .format(Instant.ofEpochMilli(submittedAt).atZone(ZoneId.of("Asia/Shanghai"))));
        // printing the sheet of a report that is not public is recorded
        assertThat(jdbc.queryForList(
                        "SELECT actor FROM rc_audit WHERE report_id = ? AND action = "
                                + "'report.approvalSheetExported'",
                        String.class,
                        id))
                .containsExactly(unit.legal());
    }

    @Test
    void another_unit_may_not_print_the_sheet_over_the_service_or_the_api() throws Exception {
        TestUnit unit = data.unit("保密审批街道");
        TestUnit other = data.unit("隔壁审批街道");
        Long id = data.openReport(2025, unit);

        assertThatThrownBy(() -> as(other.drafter(), () -> sheets.pdf(id))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/reports/" + id + "/approval-sheet.pdf").with(httpBasic(other.drafter(), "demo")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE report_id = ? AND action = "
                                + "'report.approvalSheetExported'",
                        String.class,
                        id))
                .isEmpty();

        byte[] pdf = mvc.perform(
                        get("/api/v1/reports/" + id + "/approval-sheet.pdf").with(httpBasic(unit.leader(1), "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(pdf))
                .contains("保密审批街道2025年法治政府建设年度报告")
                .containsSubsequence("拟稿", "合法性审查", "签批", "保密审查", "党委(党工委)会议审议", "报送/备案", "公开")
                .doesNotContain("提交审查");
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
