package org.reportcycle.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.reportcycle.shared.Step;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByCycleIdAndUnitId(Long cycleId, Long unitId);

    @Query("select r.unitId from Report r where r.cycleId = :cycleId and r.unitId in :unitIds")
    List<Long> unitsWithReport(@Param("cycleId") Long cycleId, @Param("unitIds") Collection<Long> unitIds);

    List<Report> findByCycleIdAndUnitIdIn(Long cycleId, Collection<Long> unitIds);

    List<Report> findByUnitIdInOrderByCycleIdDescUnitIdAsc(Collection<Long> unitIds);

    List<Report> findAllByOrderByCycleIdDescUnitIdAsc();

    List<Report> findByStepOrderByPublishedAtDesc(Step step);

    @Query("select r.id from Report r where r.step = :step order by r.id")
    List<Long> idsAtStep(@Param("step") Step step);

    List<Report> findByCycleId(Long cycleId);

    List<Report> findByUnitIdAndStep(Long unitId, Step step);

    List<Report> findByCycleIdAndFiledAtIsNotNullOrderByFiledAtDesc(Long cycleId);

    List<Report> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

    /** The number of a cycle's reports at each step: rows of (Step, Long). */
    @Query("select r.step, count(r) from Report r where r.cycleId = :cycleId group by r.step")
    List<Object[]> countByStep(Long cycleId);

    List<Report> findByCycleIdAndStepNotOrderByStepSinceAscIdAsc(Long cycleId, Step step, Pageable page);
}
