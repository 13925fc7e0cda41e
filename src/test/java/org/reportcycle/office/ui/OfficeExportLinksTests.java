package org.reportcycle.office.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Milestone;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@UiSpringTest
class OfficeExportLinksTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_export_link_names_the_chosen_milestone_and_follows_the_selector() {
        data.openReport(2390, data.unit("通报街道"));
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/office");

        // the selector starts at 报送上级: its link alone shows, named after it
        assertThat(_find(Anchor.class, s -> s.withId("export-late-PUBLICATION")))
                .isEmpty();
        Anchor reportUp = _get(Anchor.class, s -> s.withId("export-late-REPORT_UP"));
        assertThat(reportUp.getText()).isEqualTo("导出“报送上级”通报名单");

        _setValue(_get(ComboBox.class, s -> s.withId("late-milestone")), Milestone.PUBLICATION);

        assertThat(_find(Anchor.class, s -> s.withId("export-late-REPORT_UP"))).isEmpty();
        Anchor publication = _get(Anchor.class, s -> s.withId("export-late-PUBLICATION"));
        assertThat(publication.getText()).isEqualTo("导出“向社会公开”通报名单");
        assertThat(publication.getHref()).isNotEqualTo(reportUp.getHref());
    }
}
