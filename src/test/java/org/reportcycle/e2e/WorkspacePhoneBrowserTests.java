package org.reportcycle.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The report workspace in people's hands: a leader approves on a phone (390×844) after reading the legal
 * opinion at the top, the decision button on screen without scrolling past the text; the drafter excepts a
 * finding in the findings panel and submits; an import keeps a part the file lacks and shows the year
 * mismatch first. Screenshots of the workspace for drafter, legal advisor, leader and secretary at 1440×900 and
 * 390×844 land in {@code target/screenshots/}.
 */
class WorkspacePhoneBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Autowired
    CommentService comments;

    @Test
    void a_leader_approves_on_a_phone_after_reading_the_legal_opinion() {
        TestUnit unit = data.unit("手机签批街道");
        Long report = data.openReport(2375, unit);
        run(unit.drafter(), () -> review.submit(report, "初稿"));
        run(unit.legal(), () -> review.pass(report, "经审查，报告内容合法，同意报送领导签批"));
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);

        signIn(unit.leader(1));
        open("/reports/" + report);

        Locator timeline = page.locator("#decision-timeline");
        assertThat(timeline).containsText("经审查，报告内容合法，同意报送领导签批");
        assertThat(timeline).containsText(unit.legalName() + "（法律顾问）");
        // read top to bottom: the decisions so far come before the text
        assertThat(box("#decision-timeline").y).isLessThan(box("#part-1").y);
        // the decision is on screen at once, not below the whole text
        BoundingBox approve = box("#action-approve");
        assertThat(approve.y).isGreaterThanOrEqualTo(0);
        assertThat(approve.y + approve.height).isLessThanOrEqualTo(PHONE_HEIGHT);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(PHONE_WIDTH);
        viewportShot("leader-phone-before-approving");

        page.locator("#action-approve").click();
        Locator opinion = dialog().getByLabel("意见", new Locator.GetByLabelOptions().setExact(true));
        assertThat(opinion).isVisible();
        // the dialog fits the screen: its field and its confirm button lie within the phone's width
        assertWithinScreen(opinion.boundingBox());
        assertWithinScreen(confirmButton("同意").boundingBox());
        opinion.fill("同意报送党工委会议审议");
        viewportShot("leader-phone-dialog");
        confirmButton("同意").click();
        assertThat(dialog()).hasCount(0);
        assertThat(page.locator("#report-actors")).containsText(unit.leaderName(2));
        assertThat(page.locator("#decision-timeline")).containsText("同意报送党工委会议审议");
    }

    @Test
    void an_exception_recorded_in_the_findings_panel_lets_the_drafter_submit() {
        TestUnit unit = data.unit("例外浏览器街道");
        Long report = data.openReport(2376, unit);
        data.write(unit, report, Map.of(Part.FIRST_RESPONSIBLE, ""));
        page.setViewportSize(1440, 900);

        signIn(unit.drafter());
        open("/reports/" + report);
        page.locator("#except-part-missing-3").click();
        dialog().getByLabel("例外理由", new Locator.GetByLabelOptions().setExact(true))
                .fill("第一责任人履职情况已在第一部分专门写明");
        dialog().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("保存理由").setExact(true))
                .click();
        assertThat(dialog()).hasCount(0);
        assertThat(page.locator("#exception-reason-part-missing-3")).containsText("第一部分专门写明");
        screenshot("exception-recorded");

        decide("#action-submit", "提交审查");

        assertThat(page.locator("#report-step")).hasText("当前环节：合法性审查");
        assertThat(page.locator("#decision-timeline")).containsText("合规例外：");
        assertThat(page.locator("#decision-timeline")).containsText("第一部分专门写明");
    }

    @Test
    void an_import_without_part_three_keeps_it_and_names_the_year_mismatch_first() throws Exception {
        TestUnit unit = data.unit("导入合并街道");
        Long report = data.openReport(2377, unit);
        page.setViewportSize(1440, 900);

        signIn(unit.drafter());
        open("/reports/" + report);
        page.locator("#action-import").click();
        page.locator("#import-upload input[type=file]").setInputFiles(fixtureWithoutPartThree());

        assertThat(page.locator("#import-year-mismatch")).containsText("2024");
        assertThat(page.locator("#merge-facts-3")).containsText("文件中没有这一部分");
        assertThat(page.locator("#merge-3")).containsText("保留现有内容");
        assertThat(page.locator("#merge-2")).containsText("以文件内容替换");
        screenshot("import-merge-preview");
        page.locator("#import-accept").click();
        assertThat(dialog()).hasCount(0);

        assertThat(page.locator("#part-3 textarea")).hasValue(Pattern.compile(".*党政主要负责人认真履行.*", Pattern.DOTALL));
        assertThat(page.locator("#part-2 textarea")).hasValue(Pattern.compile(".*存在的问题.*|.*不足.*", Pattern.DOTALL));
    }

    @Test
    void screenshots_of_the_workspace_for_each_role_at_desktop_and_phone_size() {
        TestUnit drafting = data.unit("截图起草街道");
        Long returned = data.openReport(2378, drafting);
        run(drafting.drafter(), () -> review.submit(returned, "初稿"));
        run(drafting.legal(), () -> comments.comment(returned, Part.MEASURES, null, "请补充行政复议案件数量"));
        run(drafting.legal(), () -> review.returnToDrafting(returned, "第一部分缺少行政复议和应诉的数据，请补充后再提交"));
        TestUnit reviewing = data.unit("截图审查街道");
        Long atReview = data.openReport(2379, reviewing);
        data.bringTo(Step.LEGAL_REVIEW, reviewing, atReview);
        TestUnit signing = data.unit("截图签批街道");
        Long atSignoff = data.openReport(2380, signing);
        data.bringTo(Step.LEADER_SIGNOFF, signing, atSignoff);
        TestUnit meeting = data.unit("截图审议街道");
        Long atCommittee = data.openReport(2381, meeting);
        data.bringTo(Step.COMMITTEE, meeting, atCommittee);

        shoot("drafter", drafting.drafter(), returned, "#return-banner");
        shoot("legal", reviewing.legal(), atReview, "#action-pass");
        shoot("leader", signing.leader(1), atSignoff, "#action-approve");
        shoot("secretary", meeting.secretary(), atCommittee, "#decision-timeline");
    }

    /** The workspace of one person at both sizes: full page and, on the phone, the first screen. */
    private void shoot(String role, String username, Long report, String mustShow) {
        page.setViewportSize(1440, 900);
        signIn(username);
        open("/reports/" + report);
        assertThat(page.locator(mustShow)).isVisible();
        screenshot("workspace-" + role + "-1440x900");
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        open("/reports/" + report);
        assertThat(page.locator(mustShow)).isVisible();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling for the %s", role)
                .isLessThanOrEqualTo(PHONE_WIDTH);
        screenshot("workspace-" + role + "-390x844");
        viewportShot("workspace-" + role + "-390x844-first-screen");
    }

    private BoundingBox box(String selector) {
        BoundingBox box = page.locator(selector).first().boundingBox();
        assertThat(box).as("%s is on the page", selector).isNotNull();
        return box;
    }

    private Locator confirmButton(String name) {
        return dialog().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void assertWithinScreen(BoundingBox box) {
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private Locator dialog() {
        return page.getByRole(AriaRole.DIALOG);
    }

    private void decide(String button, String confirm) {
        page.locator(button).click();
        dialog().getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(confirm).setExact(true))
                .click();
        assertThat(dialog()).hasCount(0);
    }

    /** Fixture 000: 草滩街道's 2024 report, which has no part on the first responsible person. */
    private static Path fixtureWithoutPartThree() throws Exception {
        String text = new ClassPathResource("fixtures/reports/000_aaa4a6a9c2eb3240.txt")
                .getContentAsString(StandardCharsets.UTF_8);
        Path file = Files.createTempFile("草滩街道2024", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
