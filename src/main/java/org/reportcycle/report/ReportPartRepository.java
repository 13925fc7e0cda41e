package org.reportcycle.report;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportPartRepository extends JpaRepository<ReportPart, Long> {

    List<ReportPart> findByReportId(Long reportId);

    List<ReportPart> findByReportIdIn(Collection<Long> reportIds);
}
