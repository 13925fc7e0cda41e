package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * The report's progress drawn on the process diagram: steps done, the current step and the flows taken are
 * marked; names follow the viewer's language; only those who may read the report see it. Also keeps the README's
 * diagram ({@code processes/annual-report.svg}) the rendering of the model as it is.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcessDiagramTests {

    static final Path README_DIAGRAM = Path.of("processes/annual-report.svg");

    @Autowired
    TestData data;

    @Autowired
    ProcessDiagram diagram;

    @Test
    void the_path_taken_is_highlighted_and_the_current_step_marked() throws Exception {
        TestUnit unit = data.unit("流程图街道");
        Long id = data.openReport(2340, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, id);

        Document svg = parse(as(unit.drafter(), () -> diagram.svg(id, Locale.SIMPLIFIED_CHINESE)));
        assertThat(nodeClass(svg, "draft")).isEqualTo("n done");
        assertThat(nodeClass(svg, "legalReview")).isEqualTo("n done");
        assertThat(nodeClass(svg, "leaderSignoff")).isEqualTo("n current");
        assertThat(nodeClass(svg, "committee")).isEqualTo("n");
        assertThat(nodeClass(svg, "publish")).isEqualTo("n");
        for (String flow : new String[] {"toDraft", "submitted", "reviewPassed"}) {
            assertThat(element(svg, "flow-" + flow).getAttribute("class"))
                    .as(flow)
                    .isEqualTo("f taken");
        }
        for (String flow : new String[] {"reviewReturned", "reviewPassedNoLeaders", "signoffComplete", "published"}) {
            assertThat(element(svg, "flow-" + flow).getAttribute("class"))
                    .as(flow)
                    .isEqualTo("f");
        }
        // the decision's flows leave the task with BPMN's mini-diamond, green on the one taken
        assertThat(element(svg, "flow-reviewPassed").getAttribute("marker-start"))
                .isEqualTo("url(#cond-taken)");
        assertThat(element(svg, "flow-reviewReturned").getAttribute("marker-start"))
                .isEqualTo("url(#cond)");
        assertThat(element(svg, "flow-submitted").hasAttribute("marker-start")).isFalse();
        assertThat(text(svg, "legalReview")).isEqualTo("合法性审查");
        // where a narrow screen scrolls to: the current step's centre as a fraction of the drawing's width
        String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double expected =
                (centre(element(svg, "node-leaderSignoff")) - Double.parseDouble(box[0])) / Double.parseDouble(box[2]);
        assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("data-focus-x")))
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001))
                .isBetween(0.2, 0.8);
    }

    /** The horizontal centre of a node's shape (its rect or circle). */
    private static double centre(Element node) {
        Element shape = (Element) node.getElementsByTagName("rect").item(0);
        if (shape != null) {
            return Double.parseDouble(shape.getAttribute("x")) + Double.parseDouble(shape.getAttribute("width")) / 2;
        }
        return Double.parseDouble(((Element) node.getElementsByTagName("circle").item(0)).getAttribute("cx"));
    }

    @Test
    void names_follow_the_viewers_language() throws Exception {
        TestUnit unit = data.unit("流程图英文街道");
        Long id = data.openReport(2341, unit);
        Document svg = parse(as(unit.legal(), () -> diagram.svg(id, Locale.ENGLISH)));
        assertThat(nodeClass(svg, "draft")).isEqualTo("n current");
        String all = svg.getDocumentElement().getTextContent();
        assertThat(all)
                .contains("Legal review")
                .contains("passed")
                .contains("back to drafting")
                .doesNotContain("退回");
        assertThat(all).doesNotMatch("(?s).*\\p{IsHan}.*");
    }

    @Test
    void only_those_who_may_read_the_report_see_its_diagram() {
        TestUnit unit = data.unit("流程图本单位");
        TestUnit other = data.unit("流程图外单位");
        Long id = data.openReport(2342, unit);
        assertThatThrownBy(() -> as(other.drafter(), () -> diagram.svg(id, Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_readme_diagram_is_the_model_as_it_is() throws Exception {
        String now = diagram.blank(Locale.SIMPLIFIED_CHINESE);
        parse(now);
        if (Boolean.getBoolean("diagram.write")) {
            Files.writeString(README_DIAGRAM, now, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(README_DIAGRAM, StandardCharsets.UTF_8))
                .as("processes/annual-report.svg is stale: run this test with -Ddiagram.write=true and commit the file")
                .isEqualTo(now);
    }

    private static String nodeClass(Document svg, String node) {
        Element group = element(svg, "node-" + node);
        return ((Element) group.getFirstChild()).getAttribute("class");
    }

    private static String text(Document svg, String node) {
        return element(svg, "node-" + node)
                .getElementsByTagNameNS("*", "text")
                .item(0)
                .getTextContent();
    }

    private static Element element(Document svg, String id) {
        var all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element " + id);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
