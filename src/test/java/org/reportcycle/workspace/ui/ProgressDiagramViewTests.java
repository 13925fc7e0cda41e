package org.reportcycle.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The progress section shows the report's path on the process diagram, above the list of who did what. */
@UiSpringTest
class ProgressDiagramViewTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    void the_diagram_with_the_current_step_marked_stands_above_the_progress_list() {
        TestUnit unit = data.unit("进度图街道");
        Long report = data.openReport(2344, unit);
        data.bringTo(Step.LEGAL_REVIEW, unit, report);
        Browserless.openReport(ctx, unit.drafter(), report);

        Browserless.openPanel("办理进度");
        Div frame = _get(Div.class, s -> s.withId("progress-diagram"));
        Image image = _get(frame, Image.class);
        String src = image.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg =
                new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).contains("<g id=\"node-legalReview\"><rect class=\"n current\"");
        assertThat(image.getAlt()).get().asString().contains("流程图");

        Grid<?> list = _get(Grid.class, s -> s.withId("progress"));
        var parent = list.getParent().orElseThrow();
        assertThat(parent.getChildren().toList())
                .as("diagram first, then the list")
                .containsExactly(frame, list);
    }
}
