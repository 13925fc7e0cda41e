package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.reportcycle.testdata.TestData.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.people.PeopleService;
import org.reportcycle.shared.Role;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller is resolved in one statement, at most once per web request and kept for a few seconds across requests
 * ({@link org.reportcycle.organization.KeptReads}): each change of membership, delegation, administrator's role or person takes effect on the
 * very next request, and at once within the request that made it.
 */
@SpringBootTest
@ActiveProfiles("test")
class CallerResolutionTests {

    @Autowired
    TestData data;

    @Autowired
    AccessGuard guard;

    @Autowired
    CurrentUserService currentUsers;

    @Autowired
    PeopleService people;

    @Autowired
    DelegationService delegation;

    @Autowired
    OrganizationService organization;

    @Autowired
    TransactionTemplate tx;

    TestUnit unit;
    TestUnit other;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void units() {
        unit = data.unit("解析街道");
        other = data.unit("解析另一街道");
        data.admin();
    }

    @Test
    void the_caller_is_resolved_without_a_transaction_of_its_own() {
        boolean[] inTransaction = {true};
        CurrentUser user = as(unit.legal(), () -> {
            inTransaction[0] = TransactionSynchronizationManager.isActualTransactionActive();
            return guard.caller();
        });
        assertThat(inTransaction[0]).isFalse();
        assertThat(user.username()).isEqualTo(unit.legal());
        assertThat(user.displayName()).isEqualTo(unit.legalName());
        assertThat(user.hasRole(unit.id(), Role.LEGAL)).isTrue();
        assertThat(user.delegators()).isEmpty();
        CurrentUser leader = as(unit.leader(2), guard::caller);
        assertThat(leader.leaderOrder()).containsEntry(unit.id(), 2);
    }

    @Test
    void within_one_web_request_the_caller_is_read_once_and_a_change_made_in_it_counts_at_once() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            run("admin", () -> {
                CurrentUser first = guard.caller();
                assertThat(guard.caller()).as("the same request asks again").isSameAs(first);
                assertThat(first.hasRole(other.id(), Role.LEGAL)).isFalse();
                // the administrator makes themselves the other unit's legal advisor in the same request (audited)
                people.addMember(other.id(), "admin", Role.LEGAL, 0);
                CurrentUser after = guard.caller();
                assertThat(after).as("read again after the change").isNotSameAs(first);
                assertThat(after.hasRole(other.id(), Role.LEGAL)).isTrue();
                assertThat(guard.caller()).isSameAs(after);
            });
            // another credential in the same request (another sign-in) is another caller
            assertThat(as(unit.legal(), guard::caller).username()).isEqualTo(unit.legal());
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        // across requests the person is kept for a few seconds: the next ask reads nothing
        run(unit.legal(), () -> assertThat(guard.caller()).isSameAs(guard.caller()));
    }

    @Test
    void a_report_step_keeps_the_callers_and_a_change_rolled_back_leaves_nothing_behind() {
        Long reportId = data.openReport(2485, unit);
        CurrentUser drafter = as(unit.drafter(), guard::caller);
        // a report's step is audited with its report: who may do what did not change
        data.bringTo(Step.LEGAL_REVIEW, unit, reportId);
        assertThat(as(unit.drafter(), guard::caller)).isSameAs(drafter);

        // a membership added in a transaction that then fails: the caller read inside it is not kept
        assertThatThrownBy(() -> run(
                        "admin",
                        () -> tx.executeWithoutResult(s -> {
                            people.addMember(other.id(), unit.drafter(), Role.LEGAL, 0);
                            assertThat(as(unit.drafter(), guard::caller).hasRole(other.id(), Role.LEGAL))
                                    .isTrue();
                            throw new IllegalStateException("rolled back");
                        })))
                .hasMessage("rolled back");
        assertThat(as(unit.drafter(), guard::caller).hasRole(other.id(), Role.LEGAL))
                .isFalse();
    }

    @Test
    void a_membership_added_or_removed_counts_on_the_next_request() {
        run(
                unit.legal(),
                () -> assertThatThrownBy(() -> guard.requireRole(other.id(), null, Role.LEGAL))
                        .isInstanceOf(AccessDeniedException.class));

        var m = as("admin", () -> people.addMember(other.id(), unit.legal(), Role.LEGAL, 0));
        assertThat(as(
                        unit.legal(),
                        () -> guard.requireRole(other.id(), null, Role.LEGAL).canRead(other.id())))
                .isTrue();

        run("admin", () -> people.removeMember(m.getId()));
        run(
                unit.legal(),
                () -> assertThatThrownBy(() -> guard.requireRole(other.id(), null, Role.LEGAL))
                        .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_delegation_made_or_revoked_counts_on_the_next_request() {
        assertThat(as(unit.secretary(), guard::caller).hasRole(unit.id(), Role.LEGAL))
                .isFalse();

        var d = as(
                unit.legal(), () -> delegation.delegate(unit.id(), unit.secretary(), today, today.plusDays(3), "出差"));
        CurrentUser delegate = as(unit.secretary(), guard::caller);
        assertThat(delegate.hasRole(unit.id(), Role.LEGAL)).isTrue();
        assertThat(delegate.delegators()).containsExactly(unit.legal());
        assertThat(currentUsers.delegatorFor(delegate, unit.id(), Role.LEGAL)).contains(unit.legal());
        // a role the delegate holds themselves is used as their own
        assertThat(currentUsers.delegatorFor(delegate, unit.id(), Role.SECRETARY))
                .isEmpty();

        run(unit.legal(), () -> delegation.revoke(d.id()));
        CurrentUser after = as(unit.secretary(), guard::caller);
        assertThat(after.hasRole(unit.id(), Role.LEGAL)).isFalse();
        assertThat(after.delegators()).isEmpty();
    }

    @Test
    void an_administrator_made_or_unmade_and_a_person_deactivated_count_on_the_next_request() {
        AppUser drafter = organization.user(unit.drafter()).orElseThrow();
        run(
                unit.drafter(),
                () -> assertThatThrownBy(guard::requireAdministrator).isInstanceOf(AccessDeniedException.class));

        run("admin", () -> people.updateUser(drafter.getId(), "解析街道起草人", null, true));
        assertThat(as(unit.drafter(), guard::requireAdministrator).administrator())
                .isTrue();

        run("admin", () -> people.updateUser(drafter.getId(), "改名起草人", null, false));
        CurrentUser renamed = as(unit.drafter(), guard::caller);
        assertThat(renamed.administrator()).isFalse();
        assertThat(renamed.displayName()).isEqualTo("改名起草人");

        run("admin", () -> people.setUserActive(drafter.getId(), false));
        assertThat(as(unit.drafter(), currentUsers::find)).isEqualTo(Optional.empty());
        run("admin", () -> people.setUserActive(drafter.getId(), true));
        assertThat(as(unit.drafter(), currentUsers::find)).isPresent();
    }
}
