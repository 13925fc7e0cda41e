package org.reportcycle.publication;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.reportcycle.organization.Unit;
import org.reportcycle.shared.Limits;
import org.reportcycle.shared.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The publication details a drafter types (issue 19): the 索引号 must have the configured form for the unit
 * and year and belong to no other report; the 发布机构 must be the unit's formal name; the 成文日期 may be
 * neither before the committee's approval nor in the future. Blank fields take their defaults, which pass.
 */
@Component
class PublicationChecks {

    private final JdbcTemplate jdbc;

    PublicationChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String indexNumber(String typed, String pattern, Unit unit, int year, Long reportId) {
        String indexNo = Limits.atMost(typed.strip(), 100, "indexNo");
        if (!form(pattern, unit, year).matcher(indexNo).matches()) {
            throw new UserFacingException(
                    "error.indexNoForm",
                    indexNo,
                    pattern.replace("{unit}", unit.getCode())
                            .replace("{year}", String.valueOf(year))
                            .replace("{report}", "NNNNN"));
        }
        Integer taken = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_report WHERE index_no = ? AND id <> ?", Integer.class, indexNo, reportId);
        if (taken != null && taken > 0) {
            throw new UserFacingException("error.indexNoTaken", indexNo);
        }
        return indexNo;
    }

    String issuer(String typed, Unit unit) {
        String issuer = typed.strip();
        if (!issuer.equals(unit.getFormalName())) {
            throw new UserFacingException("error.issuerNotUnit", issuer, unit.getFormalName());
        }
        return issuer;
    }

    LocalDate writtenOn(LocalDate writtenOn, Long reportId, LocalDate today) {
        if (writtenOn.isAfter(today)) {
            throw new UserFacingException("error.writtenOnFuture", writtenOn.toString());
        }
        LocalDate approved = jdbc.queryForObject(
                "SELECT MAX(held_on) FROM rc_meeting WHERE report_id = ? AND outcome IN ('APPROVED', 'CHANGES')",
                LocalDate.class,
                reportId);
        if (approved != null && writtenOn.isBefore(approved)) {
            throw new UserFacingException("error.writtenOnBeforeApproval", writtenOn.toString(), approved.toString());
        }
        return writtenOn;
    }

    /** The configured pattern as a regular expression: {unit} the unit's code, {year} the year, {report} digits. */
    static Pattern form(String pattern, Unit unit, int year) {
        StringBuilder regex = new StringBuilder();
        String rest = pattern;
        while (!rest.isEmpty()) {
            if (rest.startsWith("{unit}")) {
                regex.append(Pattern.quote(unit.getCode()));
                rest = rest.substring(6);
            } else if (rest.startsWith("{year}")) {
                regex.append(year);
                rest = rest.substring(6);
            } else if (rest.startsWith("{report}")) {
                regex.append("\\d{1,10}");
                rest = rest.substring(8);
            } else {
                regex.append(Pattern.quote(rest.substring(0, 1)));
                rest = rest.substring(1);
            }
        }
        return Pattern.compile(regex.toString());
    }
}
