package org.reportcycle.office.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reportcycle.office.DashboardFilter;
import org.reportcycle.office.OfficeReports;
import org.reportcycle.shared.Milestone;
import org.springframework.stereotype.Component;

/** Download links for the office's spreadsheets; the service decides (administrators only) when clicked. */
@Component
class DashboardExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OfficeReports reports;

    DashboardExport(OfficeReports reports) {
        this.reports = reports;
    }

    Anchor dashboardLink(Supplier<DashboardFilter> filter) {
        return link(
                "export-dashboard",
                "dashboard.export",
                "dashboard.xlsx",
                locale -> filter.get() == null ? new byte[0] : reports.dashboardXlsx(filter.get(), locale));
    }

    /** The late units of one milestone, named after it (「导出“报送”通报名单」), so two links never read alike. */
    Anchor lateUnitsLink(Supplier<Long> cycleId, Milestone milestone) {
        Anchor anchor = link(
                "export-late-" + milestone.name(),
                "late.export",
                "late-" + milestone.name().toLowerCase() + ".xlsx",
                locale -> reports.lateUnitsXlsx(cycleId.get(), milestone, locale));
        anchor.setText(anchor.getTranslation("late.exportFor", anchor.getTranslation(milestone.messageKey())));
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    private Anchor link(String id, String labelKey, String fileName, Function<Locale, byte[]> bytes) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] content = bytes.apply(event.getUI().getLocale());
                    return new DownloadResponse(new ByteArrayInputStream(content), fileName, XLSX, content.length);
                }),
                "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(anchor.getTranslation(labelKey));
        return anchor;
    }
}
