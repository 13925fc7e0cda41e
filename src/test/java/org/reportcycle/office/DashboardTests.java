package org.reportcycle.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.organization.Unit;
import org.reportcycle.organization.UnitRepository;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The tracking dashboard's rows: filters, urgency order, paging, holders and counts per step. */
@SpringBootTest
@ActiveProfiles("test")
class DashboardTests {

    @Autowired
    TestData data;

    @Autowired
    TrackingService tracking;

    @Autowired
    CycleService cycles;

    @Autowired
    UnitRepository units;

    @Autowired
    ReviewService review;

    /** A county with a street and a township under it, and a street elsewhere, in a cycle of their own. */
    record Tree(Long cycleId, TestUnit county, TestUnit street, TestUnit township, TestUnit other) {}

    Tree tree(int year) {
        // Streets' drafting was due long ago (overdue); townships' is far ahead
        cycles.createOrGet(
                year,
                Map.of(
                        UnitLevel.STREET,
                        Map.of(Milestone.DRAFT, LocalDate.of(2020, 1, 15)),
                        UnitLevel.TOWNSHIP,
                        Map.of(Milestone.DRAFT, LocalDate.of(year + 1, 2, 5))));
        TestUnit county = unit("县" + year, UnitLevel.COUNTY, null);
        TestUnit street = unit("街道" + year, UnitLevel.STREET, county.id());
        TestUnit township = unit("乡镇" + year, UnitLevel.TOWNSHIP, county.id());
        TestUnit other = unit("别处街道" + year, UnitLevel.STREET, null);
        Map<TestUnit, Long> ids = data.openCycle(
                year, List.of(county, street, township, other), Map.of(other.id(), TestData.compliantText(year)));
        as(other.drafter(), () -> review.submit(ids.get(other), null));
        return new Tree(cycles.byYear(year).orElseThrow().getId(), county, street, township, other);
    }

    TestUnit unit(String name, UnitLevel level, Long parentId) {
        TestUnit made = data.unit(name);
        Unit u = units.findById(made.id()).orElseThrow();
        u.place(name, level, parentId);
        units.save(u);
        return made;
    }

    /** The years of this class's cycles (MySQL's timer columns end in 2038, so its variant uses 2027–2029, which no other MySQL test uses: the suite shares one database). */
    protected int year(int n) {
        return 2060 + n;
    }

    @Test
    void rows_come_most_urgent_first_and_filter_by_level_step_overdue_and_sub_tree() {
        int y = year(1);
        Tree t = tree(y);
        String admin = data.admin();
        DashboardFilter all = DashboardFilter.of(t.cycleId());

        List<DashboardRow> rows = as(admin, () -> tracking.page(all, DashboardSort.URGENCY, false, 0, 50));
        assertThat(rows).extracting(DashboardRow::unitName).containsExactly("街道" + y, "县" + y, "别处街道" + y, "乡镇" + y);
        DashboardRow overdue = rows.get(0);
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.due()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(overdue.daysLeft()).isNegative();
        assertThat(overdue.holders()).containsExactly(t.street().drafterName());
        assertThat(overdue.lastActivity()).isNotNull();
        assertThat(rows.get(2).step()).isEqualTo(Step.LEGAL_REVIEW);
        assertThat(rows.get(2).holders()).containsExactly(t.other().legalName());
        assertThat(rows.get(3).overdue()).isFalse();

        assertThat(as(admin, () -> tracking.page(all.overdue(), DashboardSort.URGENCY, false, 0, 50)))
                .extracting(DashboardRow::unitName)
                .containsExactly("街道" + y);
        DashboardFilter subtree =
                new DashboardFilter(t.cycleId(), null, null, false, t.county().id());
        assertThat(as(admin, () -> tracking.page(subtree, DashboardSort.UNIT, false, 0, 50)))
                .extracting(DashboardRow::unitName)
                .containsExactlyInAnyOrder("县" + y, "街道" + y, "乡镇" + y);
        DashboardFilter streets = new DashboardFilter(t.cycleId(), UnitLevel.STREET, null, false, null);
        assertThat(as(admin, () -> tracking.count(streets))).isEqualTo(2);
        assertThat(as(admin, () -> tracking.page(all.withStep(Step.LEGAL_REVIEW), DashboardSort.URGENCY, false, 0, 50)))
                .extracting(DashboardRow::unitName)
                .containsExactly("别处街道" + y);

        assertThat(as(admin, () -> tracking.stepCounts(all))).isEqualTo(Map.of(Step.DRAFT, 3L, Step.LEGAL_REVIEW, 1L));
    }

    @Test
    void pages_are_cut_by_the_database_in_the_chosen_order() {
        int y = year(2);
        Tree t = tree(y);
        String admin = data.admin();
        DashboardFilter all = DashboardFilter.of(t.cycleId());

        assertThat(as(admin, () -> tracking.count(all))).isEqualTo(4);
        assertThat(as(admin, () -> tracking.page(all, DashboardSort.URGENCY, false, 1, 2)))
                .extracting(DashboardRow::unitName)
                .containsExactly("县" + y, "别处街道" + y);
        assertThat(as(admin, () -> tracking.page(all, DashboardSort.DUE, true, 0, 1)))
                .extracting(DashboardRow::unitName)
                .containsExactly("乡镇" + y);
    }

    @Test
    void only_administrators_see_the_dashboard() {
        Tree t = tree(year(3));
        DashboardFilter all = DashboardFilter.of(t.cycleId());

        assertThatThrownBy(
                        () -> as(t.street().drafter(), () -> tracking.page(all, DashboardSort.URGENCY, false, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(t.street().drafter(), () -> tracking.stepCounts(all)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
