package org.reportcycle.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reportcycle.audit.AuditRecord;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;

/**
 * Who did it, as people read it: the display name, not the login name the trail records; background work
 * ("system") as 系统; acting for someone as 「姓名（代 某某）」. Names are looked up once per screen.
 */
final class ActorNames {

    private final OrganizationService organization;
    private final Map<String, String> names = new HashMap<>();

    ActorNames(OrganizationService organization) {
        this.organization = organization;
    }

    /** Looks up the names of these records' people in one query (those not yet known). */
    ActorNames load(Collection<AuditRecord> records) {
        Set<String> missing = new HashSet<>();
        for (AuditRecord r : records) {
            if (!names.containsKey(r.actor())) {
                missing.add(r.actor());
            }
            if (r.onBehalfOf() != null && !names.containsKey(r.onBehalfOf())) {
                missing.add(r.onBehalfOf());
            }
        }
        if (!missing.isEmpty()) {
            Map<String, AppUser> users = organization.users(missing);
            missing.forEach(
                    u -> names.put(u, users.containsKey(u) ? users.get(u).getDisplayName() : null));
        }
        return this;
    }

    String of(Component c, AuditRecord r) {
        String actor = name(c, r.actor());
        return r.onBehalfOf() == null ? actor : c.getTranslation("audit.onBehalfOf", actor, name(c, r.onBehalfOf()));
    }

    private String name(Component c, String username) {
        if ("system".equals(username)) {
            return c.getTranslation("audit.system");
        }
        String name = names.get(username);
        return name == null ? username : name;
    }
}
