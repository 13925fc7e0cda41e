package org.reportcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Part;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;

/** A citizen opens the portal, searches a phrase, opens the report it finds and downloads its PDF. */
class PortalBrowserTests extends BrowserTestBase {

    @Autowired
    TestData data;

    @Test
    void search_open_and_download_a_published_report() throws Exception {
        TestUnit unit = data.unit("浏览器街道");
        Long id = data.openReport(2023, unit);
        data.write(unit, id, Map.of(Part.MEASURES, "（一）强化组织领导。\n试点推行“首违不罚”轻微违法清单制度，惠及商户120家。"));
        data.publish(unit, id);

        open("/public");
        assertThat(page.locator("h1").textContent()).isEqualTo("法治政府建设年度报告");
        screenshot("portal");

        page.getByLabel("搜索报告全文").fill("轻微违法清单制度");
        page.locator("form.search button[type=submit]").click();
        page.waitForURL("**/public/search?**");
        Locator hit = page.locator(
                "ol.hits a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("浏览器街道2023年法治政府建设年度报告"));
        assertThat(hit.count()).isEqualTo(1);
        assertThat(page.locator("ol.hits mark").first().textContent()).isEqualTo("轻微违法清单制度");
        screenshot("search");

        hit.click();
        page.waitForURL("**/public/reports/" + id);
        assertThat(page.locator("article h1").textContent()).isEqualTo("浏览器街道2023年法治政府建设年度报告");
        assertThat(page.locator("article").textContent()).contains("惠及商户120家");
        screenshot("report");

        Download download = page.waitForDownload(() -> page.locator(
                        "p.downloads a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("PDF"))
                .click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        open("/public/statistics?lang=en");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        screenshot("statistics");
    }
}
