package org.reportcycle.people;

import org.reportcycle.organization.Names;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;

/** The checks every change of a unit or person passes: required fields, normalised names, no look-alike siblings. */
final class PeopleRules {

    private PeopleRules() {}

    static String required(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new UserFacingException("error.required." + fieldKey);
        }
        return value.strip();
    }

    /** A unit's name: normalised, at most 200 characters, not the same as a sibling's after normalisation. */
    static String unitName(UnitRepository units, String name, Long parentId, Long unitId) {
        String n = Limits.atMost(Names.normalise(required(name, "people.name")), Limits.UNIT_NAME, "unitName");
        String key = Names.collisionKey(n);
        boolean taken = (parentId == null ? units.findByParentIdIsNull() : units.findByParentId(parentId))
                .stream()
                        .anyMatch(u -> !u.getId().equals(unitId)
                                && Names.collisionKey(u.getName()).equals(key));
        if (taken) {
            throw new ConflictException("error.unitNameTaken", n);
        }
        return n;
    }

    static String displayName(String name) {
        return Limits.atMost(Names.normalise(required(name, "people.displayName")), Limits.DISPLAY_NAME, "displayName");
    }

    static UnitLevel requiredLevel(UnitLevel level) {
        if (level == null) {
            throw new UserFacingException("error.required.dashboard.level");
        }
        return level;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
