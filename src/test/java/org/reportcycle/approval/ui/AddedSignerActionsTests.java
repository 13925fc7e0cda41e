package org.reportcycle.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.AddedSigner.Placement;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.organization.ui.PersonPicker;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The 加签 dialog and the added person's workspace, browserless. */
@UiSpringTest
class AddedSignerActionsTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    SignoffService signoff;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_leader_adds_a_person_before_themselves_who_signs_and_hands_it_back() {
        TestUnit unit = data.unit("加签界面街道");
        Long report = data.openReport(2461, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        Browserless.openReport(ctx, unit.leader(1), report);

        Browserless.click("action-addSigner");
        PersonPicker person = _get(PersonPicker.class, s -> s.withId("added-signer"));
        // the unit's people by name and role, not the leader themselves, never by login name
        List<String> labels = person.getListDataView()
                .getItems()
                .map(p -> person.getItemLabelGenerator().apply(p))
                .toList();
        assertThat(labels)
                .contains(unit.legalName() + " · 法律顾问", unit.drafterName() + " · 起草人")
                .noneMatch(l -> l.startsWith(unit.leaderName(1)))
                .noneMatch(l -> l.contains(unit.code()));
        // before is the default: the leader's own opinion is asked only when adding after
        _assertNone(TextArea.class, s -> s.withId("added-signer-leader-opinion"));
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请选择加签人。");

        _setValue(
                person,
                person.getListDataView()
                        .getItems()
                        .filter(p -> p.username().equals(unit.legal()))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(TextArea.class, s -> s.withId("added-signer-reason")), "请再核第三部分的依据");
        Browserless.confirmDialog();

        assertThat(Browserless.notifications()).contains("已加签，等待加签人签署意见。");
        assertThat(_get(Span.class, s -> s.withId("added-signer-waiting")).getText())
                .isEqualTo("等待加签人 " + unit.legalName() + " 签署意见。");
        _assertNone(Button.class, s -> s.withId("action-approve"));
        _assertNone(Button.class, s -> s.withId("action-addSigner"));
        assertThat(_get(Div.class, s -> s.withId("timeline-current")).getText())
                .isEqualTo("当前环节：领导签批，待 " + unit.legalName() + " 办理");
        Browserless.stop();

        Browserless.openReport(ctx, unit.legal(), report);
        Browserless.click("action-addedSign");
        assertThat(_get(Span.class, s -> s.withId("added-signer-request")).getText())
                .startsWith(unit.leaderName(1) + " 请您签署意见（前加签")
                .endsWith("：请再核第三部分的依据");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("请填写加签意见。");
        _setValue(_get(TextArea.class, s -> s.withId("added-signer-opinion")), "依据已核实，同意");
        Browserless.confirmDialog();
        assertThat(Browserless.notifications()).contains("已签署加签意见。");
        _assertNone(Button.class, s -> s.withId("action-addedSign"));
        Browserless.stop();

        Browserless.openReport(ctx, unit.leader(1), report);
        _assertOne(Button.class, s -> s.withId("action-approve"));
        List<Div> entries = _find(Div.class, s -> s.withClasses("decision"));
        Div addition = entries.stream()
                .filter(d -> "signoff.signerAdded".equals(d.getElement().getAttribute("data-action")))
                .findFirst()
                .orElseThrow();
        assertThat(addition.getElement().getTextRecursively())
                .contains("前加签")
                .contains(unit.leaderName(1))
                .contains(unit.legalName() + "；请再核第三部分的依据");
        Div opinion = entries.stream()
                .filter(d -> "signoff.addedSignerSigned".equals(d.getElement().getAttribute("data-action")))
                .findFirst()
                .orElseThrow();
        assertThat(opinion.getElement().getTextRecursively())
                .contains("加签意见")
                .contains(unit.legalName() + "（加签人）")
                .contains("依据已核实，同意");
    }

    @Test
    @SuppressWarnings("unchecked")
    void adding_after_asks_the_leaders_opinion_and_the_last_leader_attests() {
        TestUnit unit = data.unit("后加签界面街道");
        Long report = data.openReport(2461, unit);
        data.bringTo(Step.LEADER_SIGNOFF, unit, report);
        Browserless.openReport(ctx, unit.leader(1), report);
        Browserless.click("action-addSigner");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("added-signer-placement")), Placement.AFTER);
        _assertOne(TextArea.class, s -> s.withId("added-signer-leader-opinion"));
        // only the last leader attests the confidentiality review
        _assertNone(Checkbox.class, s -> s.withId("added-signer-confidentiality"));
        Browserless.stop();

        TestData.run(unit.leader(1), () -> signoff.approve(report, "同意", false));
        Browserless.openReport(ctx, unit.leader(2), report);
        Browserless.click("action-addSigner");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("added-signer-placement")), Placement.AFTER);
        _assertOne(Checkbox.class, s -> s.withId("added-signer-confidentiality"));
    }
}
