package org.reportcycle.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, Long> {

    Optional<Cycle> findByReportYear(int reportYear);

    List<Cycle> findAllByOrderByReportYearDesc();
}
