package org.reportcycle.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportVersionRepository extends JpaRepository<ReportVersion, Long> {

    List<ReportVersion> findByReportIdOrderByVersionNoDesc(Long reportId);

    Optional<ReportVersion> findByReportIdAndVersionNo(Long reportId, int versionNo);
}
