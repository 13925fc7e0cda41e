package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportRepository;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The whole cycle in a real browser, each person in their own browser session: the administrator opens the
 * cycle; the drafter imports a fixture .docx, checks the mapping and submits; the legal advisor comments
 * and returns; the drafter answers and resubmits; the advisor passes; two leaders sign; the secretary
 * records an approved meeting; the drafter reports up; the office accepts; the drafter publishes and then
 * corrects a slip; the public portal shows the report and the administrator's dashboard shows it published.
 */
class WholeCycleBrowserTests extends BrowserTestBase {

    private static final int YEAR = 2025;

    @Autowired
    TestData data;

    @Autowired
    ReportRepository reports;

    @Test
    void a_report_goes_through_the_whole_cycle_in_the_browser() throws Exception {
        TestUnit unit = data.unit("浏览器测试街道");
        String admin = data.admin();

        // The administrator opens the year's cycle for the unit
        signIn(admin);
        open("/admin/cycles");
        Locator year = page.locator("#cycle-year input");
        year.fill(String.valueOf(YEAR));
        year.press("Tab");
        Locator unitCell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(unit.name()));
        unitCell.click();
        unitCell.press("Home");
        unitCell.press("Space");
        screenshot("cycle-setup");
        page.locator("#open-cycle").click();
        assertThat(page.locator("#opening-text"))
                .hasText(
                        Pattern.compile("已开启：1 / 1"),
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        Long cycleReport = reports.findAll().stream()
                .filter(r -> r.getUnitId().equals(unit.id()))
                .findFirst()
                .orElseThrow()
                .getId();

        // The drafter imports the fixture .docx, checks the proposed mapping and submits
        signIn(unit.drafter());
        open("/inbox");
        screenshot("inbox");
        open("/reports/" + cycleReport);
        page.locator("#action-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(fixtureDocx());
        assertThat(page.locator("#import-preview vaadin-select").first()).isVisible();
        screenshot("import-preview");
        page.locator("#import-accept").click();
        assertThat(page.locator("#part-2 textarea")).hasValue(Pattern.compile(".*不足.*", Pattern.DOTALL));
        screenshot("workspace-drafter");
        decide("#action-submit", "提交审查");
        assertThat(step()).hasText("当前环节：合法性审查");

        // The legal advisor comments on part 2 and returns the report
        signIn(unit.legal());
        open("/reports/" + cycleReport);
        page.locator("#comment-add").click();
        page.locator("#comment-body textarea").fill("第二部分的不足写得较笼统，请补充具体原因。");
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("提出意见"))
                .click();
        assertThat(page.locator(".comment-thread")).hasCount(1);
        decide("#action-returnToDrafting", "退回修改", "理由（必填）", "请按审查意见修改第二部分。");
        assertThat(step()).hasText("当前环节：起草");

        // The drafter answers the comment and resubmits
        signIn(unit.drafter());
        open("/reports/" + cycleReport);
        page.locator(".comment-thread vaadin-button", new Page.LocatorOptions().setHasText("答复"))
                .click();
        dialog().getByText("未修改，说明理由").click();
        page.locator("#comment-answer-body textarea").fill("原因已在第二部分第二段写明。");
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("答复"))
                .click();
        assertThat(page.locator(".comment-thread")).containsText("已答复");
        decide("#action-submit", "提交审查");
        assertThat(step()).hasText("当前环节：合法性审查");

        // The advisor passes; two leaders sign, the last attesting the confidentiality review
        signIn(unit.legal());
        open("/reports/" + cycleReport);
        decide("#action-pass", "审查通过");
        assertThat(step()).hasText("当前环节：领导签批");
        signIn(unit.leader(1));
        open("/reports/" + cycleReport);
        decide("#action-approve", "同意");
        // The step's name stays the same: the first leader's task is gone once the decision went through
        assertThat(page.locator("#action-approve")).hasCount(0);
        assertThat(step()).hasText("当前环节：领导签批");
        signIn(unit.leader(2));
        open("/reports/" + cycleReport);
        page.locator("#action-approve").click();
        dialog().getByText("已完成保密审查，报告不含涉密内容").click();
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("同意"))
                .click();
        assertThat(step()).hasText(Pattern.compile("当前环节：党委.*会议审议"));

        // The secretary records an approved meeting
        signIn(unit.secretary());
        open("/reports/" + cycleReport);
        page.locator("#action-recordMeeting").click();
        page.locator("#meeting-body input").fill("党工委会议");
        page.locator("#meeting-body input").press("Enter");
        page.locator("#meeting-held-on input")
                .fill(java.time.LocalDate.now()
                        .minusDays(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/M/d")));
        page.locator("#meeting-held-on input").press("Enter");
        page.locator("#meeting-outcome").getByText("审议通过").first().click();
        screenshot("meeting");
        dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("记录会议审议结果"))
                .click();
        assertThat(step()).hasText("当前环节：报送上级");

        // The drafter reports up; the office accepts; the drafter publishes
        signIn(unit.drafter());
        open("/reports/" + cycleReport);
        decide("#action-reportUp", "报送上级");
        assertThat(step()).hasText("当前环节：上级审查备案");
        signIn(admin);
        open("/reports/" + cycleReport);
        decide("#action-officeAccept", "审查通过，予以备案");
        assertThat(step()).hasText("当前环节：向社会公开");
        signIn(unit.drafter());
        open("/reports/" + cycleReport);
        decide("#action-publish", "向社会公开");
        assertThat(step()).hasText("当前环节：已公开");
        screenshot("published");

        // The drafter corrects a slip in the published report (更正): a new published version with its note
        page.locator("#action-correct").click();
        Locator part4 = page.locator("#correct-part-4 textarea");
        part4.fill(part4.inputValue() + "（本段已更正）");
        dialog().getByLabel("更正说明（必填：更正了什么、为什么）").fill("更正第四部分的表述");
        dialog().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("更正").setExact(true))
                .click();
        assertThat(dialog()).hasCount(0);
        assertThat(page.locator("#part-4 textarea")).hasValue(Pattern.compile(".*（本段已更正）", Pattern.DOTALL));

        // The public portal shows it, and the administrator's dashboard shows it published
        context.clearCookies();
        open("/public/reports/" + cycleReport);
        assertThat(page.locator("article")).containsText("浏览器测试街道");
        assertThat(page.locator("body")).containsText("更正第四部分的表述");
        screenshot("portal-report");
        signIn(admin);
        open("/admin");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(unit.name()))
                        .first())
                .isVisible();
        assertThat(page.locator("body")).containsText("已公开");
        screenshot("dashboard");
    }

    private Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    private Locator step() {
        return page.locator("#report-step");
    }

    /** Clicks a decision button, fills the dialog's field if given, and confirms. */
    private void decide(String button, String confirm, String... labelAndText) {
        page.locator(button).click();
        if (labelAndText.length == 2) {
            dialog().getByLabel(labelAndText[0]).fill(labelAndText[1]);
        }
        dialog().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(confirm).setExact(true))
                .click();
        // The dialog closes only after the server has carried out the decision: signing someone else in
        // before that would abandon the request
        assertThat(dialog()).hasCount(0);
    }

    /** Fixture 002 (a street office's 2025 report) written as a real .docx, one paragraph per line. */
    private static Path fixtureDocx() throws Exception {
        String text = new ClassPathResource("fixtures/reports/002_7fff814117d48ac1.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        Path file = Files.createTempFile("鼓楼街道2025", ".docx");
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("浏览器测试街道2025年法治政府建设年度报告");
            for (String line : List.of(text.split("\\R"))) {
                doc.createParagraph().createRun().setText(line.replace("鼓楼街道", "浏览器测试街道"));
            }
            doc.write(out);
        }
        return file;
    }
}
