package org.reportcycle.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import org.reportcycle.organization.MemberView;
import org.reportcycle.shared.Role;

/**
 * Chooses a person by typing part of their name: 抄送, 转办 and delegation offer only the people the service
 * would accept (the report's unit and circle, the step's role, the delegator's unit), each shown as
 * 「姓名 · 单位 · 角色」. The login name is what the service is given but never what the person reads.
 */
public class PersonPicker extends ComboBox<PersonPicker.Person> {

    /** A person as the picker offers them; {@code unitName} and {@code role} may be null where obvious. */
    public record Person(String username, String displayName, String unitName, Role role) {

        public static Person of(MemberView member, String unitName) {
            return new Person(member.username(), member.displayName(), unitName, member.role());
        }
    }

    public PersonPicker(String label) {
        super(label);
        setItemLabelGenerator(this::label);
        setClearButtonVisible(true);
        setPlaceholder(getTranslation("person.search"));
        setWidth("18em");
    }

    /** The people to choose from; one person who is several roles in the unit is offered once. */
    public PersonPicker people(Collection<Person> people) {
        setItems(List.copyOf(people.stream()
                .collect(java.util.stream.Collectors.toMap(Person::username, p -> p, (a, b) -> a, LinkedHashMap::new))
                .values()));
        return this;
    }

    /** The chosen person's login name (for the service), or null. */
    public String username() {
        return getValue() == null ? null : getValue().username();
    }

    String label(Person p) {
        StringBuilder label = new StringBuilder(p.displayName());
        if (p.unitName() != null) {
            label.append(" · ").append(p.unitName());
        }
        if (p.role() != null) {
            label.append(" · ").append(getTranslation("role." + p.role().name()));
        }
        return label.toString();
    }
}
