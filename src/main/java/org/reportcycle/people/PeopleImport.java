package org.reportcycle.people;

import static org.reportcycle.shared.AuditEvent.details;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.organization.Names;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.people.PeopleFile.Parsed;
import org.reportcycle.people.PeopleFile.Row;
import org.reportcycle.security.AccessGuard;
import org.reportcycle.security.PasswordPolicy;
import org.reportcycle.shared.AuditEvent;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units, users and memberships from CSV or .xlsx (the columns of {@link PeopleExport}'s files). The
 * whole file is checked first and a report of (row, problem) returned; only a file without problems is
 * stored, all in one transaction, each change audited. Existing units and users (same code or user name)
 * are updated; existing memberships are kept; passwords are only used for new users.
 */
@Service
@Transactional(readOnly = true)
public class PeopleImport {

    static final List<String> UNIT_COLUMNS = List.of("code", "name", "level", "parent_code");
    static final List<String> USER_COLUMNS = List.of("username", "display_name", "email", "administrator", "password");
    static final List<String> MEMBER_COLUMNS = List.of("username", "unit_code", "role", "sign_order");

    private final UnitRepository units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PeopleService people;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;

    public PeopleImport(
            UnitRepository units,
            UserRepository users,
            MembershipRepository memberships,
            PeopleService people,
            AccessGuard guard,
            ApplicationEventPublisher events) {
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.people = people;
        this.guard = guard;
        this.events = events;
    }

    /** A problem with one row (numbered as a spreadsheet shows it: the header is row 1). */
    public record Problem(String sheet, int row, String key, List<String> args) {}

    /** What a check found: how many rows would be stored, and the problems. */
    public record Report(int rows, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks the file and reports every problem; stores nothing. Administrators only. */
    public Report check(String fileName, byte[] content) {
        guard.requireAdministrator();
        Parsed parsed = PeopleFile.parse(fileName, content);
        return new Report(
                parsed.units().size() + parsed.users().size() + parsed.members().size(), validate(parsed));
    }

    /** Stores the file's units, users and memberships, or refuses (storing nothing) when it has problems. */
    @Transactional
    public int apply(String fileName, byte[] content) {
        guard.requireAdministrator();
        Parsed parsed = PeopleFile.parse(fileName, content);
        List<Problem> problems = validate(parsed);
        if (!problems.isEmpty()) {
            throw new UserFacingException("error.importHasProblems", problems.size());
        }
        applyUnits(parsed.units());
        for (Row r : parsed.users()) {
            Optional<AppUser> existing = users.findByUsername(r.get("username"));
            boolean admin = truthy(r.get("administrator"));
            String email = PeopleRules.blankToNull(r.get("email"));
            if (existing.isEmpty()) {
                people.createUser(r.get("username"), r.get("display_name"), email, admin, r.get("password"));
            } else if (!existing.get().getDisplayName().equals(r.get("display_name"))
                    || !Objects.equals(existing.get().getEmail(), email)
                    || existing.get().isAdministrator() != admin) {
                people.updateUser(existing.get().getId(), r.get("display_name"), email, admin);
            }
        }
        for (Row r : parsed.members()) {
            Unit unit = units.findByCode(r.get("unit_code")).orElseThrow();
            AppUser user = users.findByUsername(r.get("username")).orElseThrow();
            Role role = Role.valueOf(r.get("role").toUpperCase(Locale.ROOT));
            boolean exists = memberships.findByUserId(user.getId()).stream()
                    .anyMatch(m -> m.getUnitId().equals(unit.getId()) && m.getRole() == role);
            if (!exists) {
                people.addMember(
                        unit.getId(),
                        user.getUsername(),
                        role,
                        r.get("sign_order").isEmpty() ? 1 : Integer.parseInt(r.get("sign_order")));
            }
        }
        int rows =
                parsed.units().size() + parsed.users().size() + parsed.members().size();
        events.publishEvent(new AuditEvent("people.imported", null, null, details("file", fileName, "rows", rows)));
        return rows;
    }

    /** Creates parents before their children; updates the units that exist and changed. */
    private void applyUnits(List<Row> rows) {
        List<Row> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            List<Row> placed = new ArrayList<>();
            for (Row r : pending) {
                String parentCode = r.get("parent_code");
                Optional<Unit> parent = parentCode.isEmpty() ? Optional.empty() : units.findByCode(parentCode);
                if (!parentCode.isEmpty() && parent.isEmpty()) {
                    continue;
                }
                Long parentId = parent.map(Unit::getId).orElse(null);
                UnitLevel level = UnitLevel.valueOf(r.get("level").toUpperCase(Locale.ROOT));
                Optional<Unit> existing = units.findByCode(r.get("code"));
                if (existing.isEmpty()) {
                    people.createUnit(r.get("code"), r.get("name"), level, parentId);
                } else if (!existing.get().getName().equals(r.get("name"))
                        || existing.get().getLevel() != level
                        || !Objects.equals(existing.get().getParentId(), parentId)) {
                    people.updateUnit(existing.get().getId(), r.get("name"), level, parentId);
                }
                placed.add(r);
            }
            if (placed.isEmpty()) {
                throw new UserFacingException("error.parentCycle");
            }
            pending.removeAll(placed);
        }
    }

    private List<Problem> validate(Parsed p) {
        List<Problem> problems = new ArrayList<>();
        Set<String> fileUnits = new HashSet<>();
        Set<String> fileUsers = new HashSet<>();
        Set<String> fileKeys = new HashSet<>();
        for (Row r : p.units()) {
            require(problems, r, "code", "name", "level");
            checkName(problems, r, "code", Limits.USERNAME);
            checkName(problems, r, "name", Limits.UNIT_NAME);
            if (!r.get("code").isEmpty() && !fileUnits.add(r.get("code"))) {
                problems.add(problem(r, "import.duplicate", r.get("code")));
            }
            if (!r.get("level").isEmpty() && !isEnum(UnitLevel.class, r.get("level"))) {
                problems.add(problem(r, "import.unknownLevel", r.get("level")));
            }
        }
        Map<String, Unit> dbUnits =
                units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
        for (Row r : p.units()) {
            String parent = r.get("parent_code");
            if (!parent.isEmpty() && !fileUnits.contains(parent) && !dbUnits.containsKey(parent)) {
                problems.add(problem(r, "import.unknownParent", parent));
            }
        }
        Set<String> dbUsers = users.findAll().stream().map(AppUser::getUsername).collect(Collectors.toSet());
        for (Row r : p.users()) {
            require(problems, r, "username", "display_name");
            String u = r.get("username");
            if (!u.isEmpty() && !fileUsers.add(u)) {
                problems.add(problem(r, "import.duplicate", u));
            }
            if (!u.isEmpty() && !dbUsers.contains(u) && r.get("password").isEmpty()) {
                problems.add(problem(r, "import.missing", "password"));
            } else if (!u.isEmpty() && !dbUsers.contains(u)) {
                PasswordPolicy.problem(u, r.get("password"))
                        .ifPresent(key -> problems.add(problem(r, "import.weakPassword", u)));
            }
            checkName(problems, r, "username", Limits.USERNAME);
            checkName(problems, r, "display_name", Limits.DISPLAY_NAME);
            if (!u.isEmpty() && !dbUsers.contains(u) && !Names.hasHiddenCharacters(u)) {
                String key = Names.collisionKey(u);
                if (!fileKeys.add(key)
                        || dbUsers.stream().anyMatch(d -> Names.collisionKey(d).equals(key))) {
                    problems.add(problem(r, "import.nameCollision", u));
                }
            }
            String email = r.get("email");
            if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(problem(r, "import.badEmail", email));
            }
        }
        Set<String> memberKeys = new HashSet<>();
        for (Row r : p.members()) {
            require(problems, r, "username", "unit_code", "role");
            String u = r.get("username");
            String code = r.get("unit_code");
            if (!u.isEmpty() && !fileUsers.contains(u) && !dbUsers.contains(u)) {
                problems.add(problem(r, "import.unknownUser", u));
            }
            if (!code.isEmpty() && !fileUnits.contains(code) && !dbUnits.containsKey(code)) {
                problems.add(problem(r, "import.unknownUnit", code));
            }
            if (!r.get("role").isEmpty() && !isEnum(Role.class, r.get("role"))) {
                problems.add(problem(r, "import.unknownRole", r.get("role")));
            }
            if (!r.get("sign_order").isEmpty() && !r.get("sign_order").matches("\\d{1,3}")) {
                problems.add(problem(r, "import.badNumber", r.get("sign_order")));
            }
            if (!memberKeys.add(u + "|" + code + "|" + r.get("role").toUpperCase(Locale.ROOT))) {
                problems.add(problem(r, "import.duplicate", u + " " + code + " " + r.get("role")));
            }
        }
        return problems;
    }

    /** A name with characters one cannot see, or too long, is a problem of its row (the column named). */
    private static void checkName(List<Problem> problems, Row r, String column, int max) {
        String value = r.get(column);
        if (Names.hasHiddenCharacters(value)) {
            problems.add(problem(r, "import.hiddenCharacters", column));
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(problem(r, "import.tooLong", column, String.valueOf(max)));
        }
    }

    private static void require(List<Problem> problems, Row r, String... columns) {
        for (String c : columns) {
            if (r.get(c).isEmpty()) {
                problems.add(problem(r, "import.missing", c));
            }
        }
    }

    private static Problem problem(Row r, String key, String... args) {
        return new Problem(r.sheet(), r.number(), key, List.of(args));
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean truthy(String value) {
        return Set.of("true", "1", "yes", "y", "是").contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
