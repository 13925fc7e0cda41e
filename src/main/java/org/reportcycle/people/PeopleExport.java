package org.reportcycle.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.spreadsheet.Sheets;
import org.reportcycle.spreadsheet.Sheets.Table;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports units, users and memberships in the import's columns (so an export, edited, imports back);
 * no password leaves the system. Administrators only.
 */
@Service
@Transactional(readOnly = true)
public class PeopleExport {

    /** The three tables, by kind. */
    public enum Kind {
        UNITS,
        USERS,
        MEMBERSHIPS
    }

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final AccessGuard guard;

    public PeopleExport(
            UnitRepository units, UserRepository users, MembershipRepository memberships, AccessGuard guard) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.guard = guard;
    }

    /** All three tables in one workbook, a sheet each. */
    public byte[] xlsx() {
        guard.requireAdministrator();
        return Sheets.xlsx(List.of(table(Kind.UNITS), table(Kind.USERS), table(Kind.MEMBERSHIPS)));
    }

    /** One table as CSV. */
    public byte[] csv(Kind kind) {
        guard.requireAdministrator();
        return Sheets.csv(table(kind));
    }

    private Table table(Kind kind) {
        Map<Long, Unit> unitById = units.findAll().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        return switch (kind) {
            case UNITS ->
                new Table(
                        "units",
                        List.of("code", "name", "level", "parent_code", "active"),
                        unitById.values().stream()
                                .sorted(Comparator.comparing(Unit::getCode))
                                .map(u -> List.<Object>of(
                                        u.getCode(),
                                        u.getName(),
                                        u.getLevel().name(),
                                        u.getParentId() == null
                                                ? ""
                                                : unitById.get(u.getParentId()).getCode(),
                                        String.valueOf(u.isActive())))
                                .toList());
            case USERS ->
                new Table(
                        "users",
                        List.of("username", "display_name", "email", "administrator", "active"),
                        users.findAll().stream()
                                .sorted(Comparator.comparing(AppUser::getUsername))
                                .map(u -> List.<Object>of(
                                        u.getUsername(),
                                        u.getDisplayName(),
                                        u.getEmail() == null ? "" : u.getEmail(),
                                        String.valueOf(u.isAdministrator()),
                                        String.valueOf(u.isActive())))
                                .toList());
            case MEMBERSHIPS -> {
                Map<Long, String> usernames =
                        users.findAll().stream().collect(Collectors.toMap(AppUser::getId, AppUser::getUsername));
                yield new Table(
                        "memberships",
                        List.of("username", "unit_code", "role", "sign_order"),
                        memberships.findAll().stream()
                                .map(m -> List.<Object>of(
                                        usernames.getOrDefault(m.getUserId(), ""),
                                        unitById.get(m.getUnitId()).getCode(),
                                        m.getRole().name(),
                                        String.valueOf(m.getSignOrder())))
                                .toList());
            }
        };
    }
}
