package org.reportcycle.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChaseRepository extends JpaRepository<Chase, Long> {

    List<Chase> findByReportIdOrderByIdDesc(Long reportId);
}
