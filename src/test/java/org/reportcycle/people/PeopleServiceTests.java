package org.reportcycle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.spreadsheet.Sheets;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The administrator's changes to units, people and memberships: each audited, refused for everyone else. */
@SpringBootTest
@ActiveProfiles("test")
class PeopleServiceTests {

    @Autowired
    TestData data;

    @Autowired
    PeopleService people;

    @Autowired
    PeopleDirectory directory;

    @Autowired
    PeopleImport importer;

    @Autowired
    PeopleExport export;

    @Autowired
    OrganizationService organization;

    @Autowired
    UnitRepository units;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    static String code(String prefix) {
        return prefix + System.nanoTime() % 1_000_000;
    }

    private List<String> auditOf(Long unitId) {
        return jdbc.queryForList("SELECT action FROM rc_audit WHERE unit_id = ? ORDER BY seq", String.class, unitId);
    }

    @Test
    void units_users_and_memberships_are_created_edited_and_deactivated_with_an_audit_record_for_each_change() {
        String admin = data.admin();
        String county = code("pc");
        Unit parent = as(admin, () -> people.createUnit(county, "某县", UnitLevel.COUNTY, null));
        Unit unit = as(admin, () -> people.createUnit(county + "s", "某街道", UnitLevel.STREET, null));
        as(admin, () -> people.updateUnit(unit.getId(), "某某街道", UnitLevel.STREET, parent.getId()));
        String username = code("pu");
        AppUser user = as(admin, () -> people.createUser(username, "张三", "zs@example.org", false, "Zhang-San-2026!"));
        as(admin, () -> people.updateUser(user.getId(), "张三丰", "zsf@example.org", false));
        var member = as(admin, () -> people.addMember(unit.getId(), username, Role.LEADER, 1));
        TestData.run(admin, () -> people.removeMember(member.getId()));
        TestData.run(admin, () -> people.setUnitActive(unit.getId(), false));
        TestData.run(admin, () -> people.setUserActive(user.getId(), false));

        Unit saved = units.findById(unit.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo("某某街道");
        assertThat(saved.getParentId()).isEqualTo(parent.getId());
        assertThat(saved.isActive()).isFalse();
        assertThat(users.findById(user.getId()).orElseThrow().isActive()).isFalse();
        assertThat(users.findById(user.getId()).orElseThrow().getDisplayName()).isEqualTo("张三丰");
        assertThat(auditOf(unit.getId()))
                .containsExactly(
                        "unit.created", "unit.updated", "membership.added", "membership.removed", "unit.deactivated");
        assertThat(jdbc.queryForList(
                        "SELECT action FROM rc_audit WHERE details LIKE ? AND actor = ? ORDER BY seq",
                        String.class,
                        "%" + username + "%",
                        admin))
                .containsSubsequence(
                        "user.created", "user.updated", "membership.added", "membership.removed", "user.deactivated");
    }

    @Test
    void a_unit_cannot_be_placed_under_its_own_sub_unit() {
        String admin = data.admin();
        String c = code("loop");
        Unit top = as(admin, () -> people.createUnit(c, "上", UnitLevel.COUNTY, null));
        Unit below = as(admin, () -> people.createUnit(c + "b", "下", UnitLevel.STREET, top.getId()));

        assertThatThrownBy(() -> as(admin, () -> people.updateUnit(top.getId(), "上", UnitLevel.COUNTY, below.getId())))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.parentCycle");
    }

    @Test
    void people_who_are_not_administrators_change_nothing_and_their_attempts_are_recorded() {
        TestUnit unit = data.unit("无权改人街道");
        String drafter = unit.drafter();

        assertThatThrownBy(() -> as(drafter, () -> people.createUnit(code("x"), "x", UnitLevel.STREET, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> people.createUser(code("x"), "x", null, true, "pw")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> people.addMember(unit.id(), drafter, Role.LEADER, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> importer.check("x.csv", "code,name,level\n".getBytes())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> export.xlsx())).isInstanceOf(AccessDeniedException.class);
        // nor do they read the lists of people and units
        assertThatThrownBy(() -> as(drafter, () -> directory.users("", 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(drafter, () -> directory.units("", 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organization.leaderCount(unit.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'access.refused'",
                        Integer.class,
                        drafter))
                .isEqualTo(7);
    }

    @Test
    void an_import_with_problems_reports_each_row_and_stores_nothing() {
        String admin = data.admin();
        String c = code("bad");
        String csv = "code,name,level,parent_code\n"
                + c + ",好单位,STREET,\n"
                + c + "2,,VILLAGE,nowhere\n"
                + c + ",重复,STREET,\n";

        PeopleImport.Report report = as(admin, () -> importer.check("units.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.ok()).isFalse();
        assertThat(report.problems())
                .extracting(PeopleImport.Problem::row, PeopleImport.Problem::key)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "import.missing"),
                        org.assertj.core.groups.Tuple.tuple(3, "import.unknownLevel"),
                        org.assertj.core.groups.Tuple.tuple(3, "import.unknownParent"),
                        org.assertj.core.groups.Tuple.tuple(4, "import.duplicate"));
        assertThatThrownBy(() -> as(admin, () -> importer.apply("units.csv", csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.importHasProblems");
        assertThat(units.findByCode(c)).isEmpty();
    }

    @Test
    void an_xlsx_import_stores_units_under_their_parents_users_and_memberships_and_the_export_reads_back() {
        String admin = data.admin();
        String c = code("imp");
        byte[] xlsx = Sheets.xlsx(List.of(
                new Sheets.Table(
                        "units",
                        List.of("code", "name", "level", "parent_code"),
                        List.of(List.of(c + "s", "导入街道", "street", c), List.of(c, "导入县", "COUNTY", ""))),
                new Sheets.Table(
                        "users",
                        List.of("username", "display_name", "email", "administrator", "password"),
                        List.of(List.of(c + "-u", "李四", "ls@example.org", "否", "Li-Si-Strong-2026"))),
                new Sheets.Table(
                        "memberships",
                        List.of("username", "unit_code", "role", "sign_order"),
                        List.of(List.of(c + "-u", c + "s", "drafter", "")))));

        assertThat(as(admin, () -> importer.check("people.xlsx", xlsx)).ok()).isTrue();
        assertThat(as(admin, () -> importer.apply("people.xlsx", xlsx))).isEqualTo(4);

        Unit street = units.findByCode(c + "s").orElseThrow();
        assertThat(street.getParentId())
                .isEqualTo(units.findByCode(c).orElseThrow().getId());
        assertThat(organization.members(street.getId(), Role.DRAFTER))
                .extracting(m -> m.username())
                .containsExactly(c + "-u");
        assertThat(auditOf(street.getId())).containsExactly("unit.created", "membership.added");

        List<Sheets.Table> exported = Sheets.readXlsx(as(admin, () -> export.xlsx()));
        assertThat(exported).extracting(Sheets.Table::name).containsExactly("units", "users", "memberships");
        assertThat(exported.get(0).rows()).anyMatch(r -> r.equals(List.of(c + "s", "导入街道", "STREET", c, "true")));
        String csv = new String(as(admin, () -> export.csv(PeopleExport.Kind.USERS)), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFusername,display_name,email,administrator,active\r\n")
                .contains(c + "-u,李四,ls@example.org,false,true")
                .doesNotContain("Li-Si-Strong-2026");
        // The export imports back without a problem and without changes
        assertThat(as(admin, () -> importer.check("units.csv", as(admin, () -> export.csv(PeopleExport.Kind.UNITS))))
                        .ok())
                .isTrue();
    }

    @Test
    void each_user_keeps_their_own_language() {
        TestUnit unit = data.unit("语言街道");
        TestData.run(unit.drafter(), () -> people.changeOwnLanguage(Locale.ENGLISH));

        assertThat(users.findByUsername(unit.drafter()).orElseThrow().getLocale())
                .isEqualTo("en");
    }
}
