package org.reportcycle.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.security.CurrentUser;
import org.reportcycle.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Names the candidate groups of the BPMN user tasks after the unit's memberships. The process model
 * names this bean; a person's groups are derived from their memberships when they ask for their tasks,
 * so moving a person in or out of a role takes effect without touching running processes.
 */
@Component("candidates")
public class Candidates {

    static final String OFFICE = "office";

    /** The group of the members of a unit in a role, e.g. {@code u12:DRAFTER}. */
    public String group(Object unitId, String role) {
        return "u" + unitId + ":" + Role.valueOf(role).name();
    }

    /** The group of the leader at a place in the unit's sign-off order, e.g. {@code u12:LEADER:1}. */
    public String leaderGroup(Object unitId, Object place) {
        return "u" + unitId + ":LEADER:" + place;
    }

    /** The supervising office's group: its administrators accept the reports filed with it. */
    public String office() {
        return OFFICE;
    }

    /** Every group the person belongs to. */
    public List<String> groupsOf(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        for (Map.Entry<Long, Set<Role>> e : user.roles().entrySet()) {
            for (Role role : e.getValue()) {
                groups.add(group(e.getKey(), role.name()));
            }
        }
        user.leaderOrder().forEach((unitId, place) -> groups.add(leaderGroup(unitId, place)));
        if (user.administrator()) {
            groups.add(OFFICE);
        }
        return groups;
    }
}
