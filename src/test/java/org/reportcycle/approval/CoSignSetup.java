package org.reportcycle.approval;

import static org.reportcycle.testdata.TestData.as;
import static org.reportcycle.testdata.TestData.run;

import org.reportcycle.organization.Membership;
import org.reportcycle.organization.MembershipRepository;
import org.reportcycle.people.CoSignerSettings;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Role;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.stereotype.Component;

/** Test data for 会签: marks a test unit's leaders as co-signers and brings a report to the co-signing. */
@Component
public class CoSignSetup {

    private final TestData data;
    private final MembershipRepository memberships;
    private final CoSignerSettings settings;
    private final ReviewService review;

    CoSignSetup(TestData data, MembershipRepository memberships, CoSignerSettings settings, ReviewService review) {
        this.data = data;
        this.memberships = memberships;
        this.settings = settings;
        this.review = review;
    }

    /** A unit of {@code leaders} leaders, those at {@code coSigners} (places) marked 会签 by the administrator. */
    public TestUnit unit(String name, int leaders, int... coSigners) {
        TestUnit unit = data.unit(name, leaders);
        markCoSigners(unit, coSigners);
        return unit;
    }

    /** Marks the leaders of an existing test unit at {@code places} as co-signers (as the administrator). */
    public void markCoSigners(TestUnit unit, int... places) {
        for (int place : places) {
            Membership m = memberships.findByUnitIdAndRoleOrderBySignOrder(unit.id(), Role.LEADER).stream()
                    .filter(l -> l.getSignOrder() == place)
                    .findFirst()
                    .orElseThrow();
            run(data.admin(), () -> settings.setCoSigner(m.getId(), true));
        }
    }

    /** Opens a report for the unit in {@code year} and carries it through drafting and legal review. */
    public Long reportAtSignoff(int year, TestUnit unit) {
        Long reportId = data.openReport(year, unit);
        as(unit.drafter(), () -> review.submit(reportId, "初稿"));
        as(unit.legal(), () -> review.pass(reportId, "同意"));
        return reportId;
    }
}
