package org.reportcycle.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.reportcycle.shared.Part;

/** A published report as the public sees it. */
public record PublishedReport(
        Long id,
        int year,
        Long unitId,
        String unitName,
        String title,
        String indexNo,
        String issuer,
        LocalDate writtenOn,
        Instant publishedAt,
        Map<Part, String> parts) {}
