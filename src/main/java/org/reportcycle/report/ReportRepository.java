package org.reportcycle.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.reportcycle.shared.Step;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByCycleIdAndUnitId(Long cycleId, Long unitId);

    List<Report> findByUnitIdInOrderByCycleIdDescUnitIdAsc(Collection<Long> unitIds);

    List<Report> findAllByOrderByCycleIdDescUnitIdAsc();

    List<Report> findByStepOrderByPublishedAtDesc(Step step);

    List<Report> findByUnitIdAndStep(Long unitId, Step step);

    List<Report> findByProcessInstanceIdIn(Collection<String> processInstanceIds);
}
