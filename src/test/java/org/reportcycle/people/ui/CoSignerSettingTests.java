package org.reportcycle.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.Unit;
import org.reportcycle.people.PeopleDirectory.MemberRow;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The people screen's 会签 column: the administrator marks a leader as co-signer, audited; only leaders have it. */
@UiSpringTest
class CoSignerSettingTests {

    @Autowired
    ApplicationContext ctx;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void closeBrowser() {
        Browserless.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_marks_a_leader_as_co_signer_and_clears_it_again() {
        TestUnit unit = data.unit("会签设置街道" + System.nanoTime() % 100_000, 3);
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/people");
        _setValue(_get(TextField.class, s -> s.withId("unit-filter")), unit.code());
        Grid<Unit> units = _get(Grid.class, s -> s.withId("units"));
        units.select(GridKt._findAll(units).getFirst());

        Grid<MemberRow> members = _get(Grid.class, s -> s.withId("members"));
        List<MemberRow> rows = GridKt._findAll(members);
        int leader1 = indexOf(rows, unit.leaderName(1));
        MemberRow row = rows.get(leader1);
        Checkbox box = (Checkbox) _getCellComponent(members, leader1, "coSigner");
        assertThat(box.getValue()).isFalse();
        assertThat(_getCellComponent(members, indexOf(rows, unit.drafterName()), "coSigner"))
                .isNotInstanceOf(Checkbox.class);

        _setValue(box, true);

        assertThat(coSigner(row.membershipId())).isTrue();
        assertThat(lastAction(unit)).isEqualTo("membership.coSignerSet");
        Checkbox again = (Checkbox) _getCellComponent(members, leader1, "coSigner");
        assertThat(again.getValue()).isTrue();

        _setValue(again, false);
        assertThat(coSigner(row.membershipId())).isFalse();
        assertThat(lastAction(unit)).isEqualTo("membership.coSignerCleared");
    }

    private static int indexOf(List<MemberRow> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).displayName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in " + rows);
    }

    private boolean coSigner(Long membershipId) {
        return jdbc.queryForObject("SELECT co_signer FROM rc_membership WHERE id = ?", Boolean.class, membershipId);
    }

    private String lastAction(TestUnit unit) {
        return jdbc.queryForObject(
                "SELECT action FROM rc_audit WHERE unit_id = ? ORDER BY seq DESC LIMIT 1", String.class, unit.id());
    }
}
