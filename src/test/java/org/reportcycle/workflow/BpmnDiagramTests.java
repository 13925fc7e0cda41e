package org.reportcycle.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The process model is what a modeler writes (issue 20): every flow node has a shape and every flow an edge
 * with waypoints (BPMN DI), every node, gateway and flow a name, and each node's {@code incoming}/
 * {@code outgoing} lists name exactly the flows that enter and leave it. The normal path runs left to right
 * and the returns beneath it. bpmnlint's recommended rules run on the same file in {@code .ci/run}.
 */
class BpmnDiagramTests {

    static final String MODEL = "processes/annual-report.bpmn20.xml";

    @Test
    void every_flow_node_has_a_shape_and_every_flow_an_edge_with_waypoints() throws Exception {
        BpmnModel model = model();
        Collection<FlowElement> elements = model.getMainProcess().getFlowElements();
        assertThat(elements).hasSizeGreaterThan(30);
        for (FlowElement element : elements) {
            if (element instanceof FlowNode node) {
                GraphicInfo shape = model.getGraphicInfo(node.getId());
                assertThat(shape).as("shape of %s", node.getId()).isNotNull();
                assertThat(shape.getWidth()).as("width of %s", node.getId()).isPositive();
                assertThat(shape.getHeight()).as("height of %s", node.getId()).isPositive();
            } else if (element instanceof SequenceFlow flow) {
                List<GraphicInfo> waypoints = model.getFlowLocationGraphicInfo(flow.getId());
                assertThat(waypoints).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
                GraphicInfo source = model.getGraphicInfo(flow.getSourceRef());
                GraphicInfo target = model.getGraphicInfo(flow.getTargetRef());
                assertThat(touches(source, waypoints.getFirst()))
                        .as("%s starts on %s", flow.getId(), flow.getSourceRef())
                        .isTrue();
                assertThat(touches(target, waypoints.getLast()))
                        .as("%s ends on %s", flow.getId(), flow.getTargetRef())
                        .isTrue();
            }
        }
    }

    @Test
    void every_node_and_flow_is_named() throws Exception {
        List<String> unnamed = new ArrayList<>();
        for (FlowElement element : model().getMainProcess().getFlowElements()) {
            if (element.getName() == null || element.getName().isBlank()) {
                unnamed.add(element.getId());
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /**
     * A decision leaves its task by the task's own conditional flows (issue 18: a gateway pass is two more activity
     * instances per step): no gateway, and where a task has several ways out, every one has a condition on the
     * decision, so exactly one is taken and none by default.
     */
    @Test
    void decisions_leave_their_tasks_by_conditional_flows() throws Exception {
        BpmnModel model = model();
        assertThat(model.getMainProcess().getFlowElements())
                .filteredOn(e -> e instanceof Gateway)
                .isEmpty();
        int branching = 0;
        for (FlowElement element : model.getMainProcess().getFlowElements()) {
            if (element instanceof FlowNode node && node.getOutgoingFlows().size() > 1) {
                branching++;
                for (SequenceFlow flow : node.getOutgoingFlows()) {
                    assertThat(flow.getConditionExpression())
                            .as("condition of %s out of %s", flow.getId(), node.getId())
                            .contains("decision");
                }
            }
        }
        assertThat(branching).isEqualTo(6);
    }

    @Test
    void incoming_and_outgoing_lists_name_the_flows_that_enter_and_leave_each_node() throws Exception {
        BpmnModel model = model();
        Document xml = dom();
        Map<String, Element> nodes = new TreeMap<>();
        NodeList all = xml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (model.getMainProcess().getFlowElement(e.getAttribute("id")) instanceof FlowNode) {
                nodes.put(e.getAttribute("id"), e);
            }
        }
        assertThat(nodes).hasSizeGreaterThan(10);
        for (Map.Entry<String, Element> e : nodes.entrySet()) {
            FlowNode node = (FlowNode) model.getMainProcess().getFlowElement(e.getKey());
            assertThat(children(e.getValue(), "incoming"))
                    .as("incoming of %s", e.getKey())
                    .isEqualTo(ids(node.getIncomingFlows()));
            assertThat(children(e.getValue(), "outgoing"))
                    .as("outgoing of %s", e.getKey())
                    .isEqualTo(ids(node.getOutgoingFlows()));
        }
    }

    @Test
    void the_main_path_runs_left_to_right_and_the_returns_beneath_it() throws Exception {
        BpmnModel model = model();
        List<String> path =
                List.of("draft", "legalReview", "leaderSignoff", "committee", "reportUp", "officeReview", "publish");
        for (int i = 1; i < path.size(); i++) {
            assertThat(model.getGraphicInfo(path.get(i)).getX())
                    .as("%s right of %s", path.get(i), path.get(i - 1))
                    .isGreaterThan(model.getGraphicInfo(path.get(i - 1)).getX());
            assertThat(model.getGraphicInfo(path.get(i)).getY())
                    .isEqualTo(model.getGraphicInfo("draft").getY());
        }
        double lineBottom = model.getGraphicInfo("draft").getY()
                + model.getGraphicInfo("draft").getHeight();
        for (String back : List.of("reviewReturned", "signoffReturned", "committeeRejected", "officeReturned")) {
            assertThat(model.getFlowLocationGraphicInfo(back))
                    .as("%s drawn beneath", back)
                    .anySatisfy(p -> assertThat(p.getY()).isGreaterThan(lineBottom));
        }
        assertThat(model.getGraphicInfo("revision").getY()).isGreaterThan(lineBottom);
    }

    private static boolean touches(GraphicInfo shape, GraphicInfo point) {
        double slack = 1;
        return point.getX() >= shape.getX() - slack
                && point.getX() <= shape.getX() + shape.getWidth() + slack
                && point.getY() >= shape.getY() - slack
                && point.getY() <= shape.getY() + shape.getHeight() + slack;
    }

    private static TreeSet<String> ids(List<SequenceFlow> flows) {
        TreeSet<String> ids = new TreeSet<>();
        flows.forEach(f -> ids.add(f.getId()));
        return ids;
    }

    private static TreeSet<String> children(Element e, String name) {
        TreeSet<String> ids = new TreeSet<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child && name.equals(child.getLocalName())) {
                ids.add(child.getTextContent().strip());
            }
        }
        return ids;
    }

    static BpmnModel model() throws Exception {
        try (InputStream in = new ClassPathResource(MODEL).getInputStream()) {
            return new BpmnXMLConverter()
                    .convertToBpmnModel(XMLInputFactory.newFactory().createXMLStreamReader(in, "UTF-8"));
        }
    }

    private static Document dom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = new ClassPathResource(MODEL).getInputStream()) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
