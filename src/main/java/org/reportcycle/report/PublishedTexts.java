package org.reportcycle.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports, readable by anyone: the only reads of report text that need no login. Every
 * method returns published reports only.
 */
@Service
@Transactional(readOnly = true)
public class PublishedTexts {

    private final ReportRepository reports;
    private final ReportPartRepository parts;
    private final ReportSummarizer summarizer;

    PublishedTexts(ReportRepository reports, ReportPartRepository parts, ReportSummarizer summarizer) {
        this.reports = reports;
        this.parts = parts;
        this.summarizer = summarizer;
    }

    public List<ReportSummary> published() {
        return summarizer.summaries(reports.findByStepOrderByPublishedAtDesc(Step.PUBLISHED));
    }

    public Optional<Report> publishedReport(Long reportId) {
        return reports.findById(reportId).filter(r -> r.getStep() == Step.PUBLISHED);
    }

    /** The parts of a published report (empty for anything else). */
    public Map<Part, String> parts(Long reportId) {
        Map<Part, String> texts = new EnumMap<>(Part.class);
        if (publishedReport(reportId).isPresent()) {
            parts.findByReportId(reportId).forEach(p -> texts.put(p.getPart(), p.getContent()));
        }
        return texts;
    }
}
