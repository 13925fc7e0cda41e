package org.reportcycle.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.Unit;
import org.reportcycle.people.PeopleDirectory.MemberRow;
import org.reportcycle.shared.Role;
import org.reportcycle.testdata.Browserless;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.reportcycle.testdata.UiSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Adding a member on the people screen: the administrator finds the person by typing their name, not a login name. */
@UiSpringTest
class AddMemberTests {

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
    void the_administrator_finds_the_person_by_name_and_adds_them_to_the_unit() {
        long n = System.nanoTime() % 100_000;
        TestUnit unit = data.unit("加成员街道" + n);
        TestUnit other = data.unit("加成员来源街道" + n);
        Browserless.start(ctx, data.admin(), true);
        Browserless.navigate("admin/people");
        _setValue(_get(TextField.class, s -> s.withId("unit-filter")), unit.code());
        Grid<Unit> units = _get(Grid.class, s -> s.withId("units"));
        units.select(GridKt._findAll(units).getFirst());

        ComboBox<AppUser> person = _get(ComboBox.class, s -> s.withId("member-person"));
        ComboBoxKt.setUserInput(person, other.legalName());
        List<AppUser> offered = ComboBoxKt.getSuggestionItems(person);
        assertThat(offered).extracting(AppUser::getDisplayName).containsExactly(other.legalName());
        assertThat(ComboBoxKt.getSuggestions(person))
                .as("shown by name, the login name only after it")
                .containsExactly(other.legalName() + "（" + other.legal() + "）");
        _setValue(person, offered.getFirst());
        _setValue(_get(Select.class, s -> s.withId("member-role")), Role.LEGAL);
        _click(_get(Button.class, s -> s.withId("add-member")));

        List<MemberRow> rows = GridKt._findAll(_get(Grid.class, s -> s.withId("members")));
        assertThat(rows)
                .filteredOn(r -> r.displayName().equals(other.legalName()))
                .extracting(MemberRow::role)
                .containsExactly(Role.LEGAL);
        assertThat(person.getValue())
                .as("the box is cleared for the next person")
                .isNull();
    }
}
