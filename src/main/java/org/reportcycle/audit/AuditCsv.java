package org.reportcycle.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes trail records as CSV (RFC 4180, UTF-8 with BOM so that Excel opens Chinese text correctly). */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private AuditCsv() {}

    public static String write(List<AuditRecord> records, ZoneId zone) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("seq,time,actor,on_behalf_of,unit_id,report_id,action,details,client_address,hash\r\n");
        for (AuditRecord r : records) {
            out.append(r.seq())
                    .append(',')
                    .append(TIME.format(r.at().atZone(zone)))
                    .append(',')
                    .append(cell(r.actor()))
                    .append(',')
                    .append(cell(r.onBehalfOf()))
                    .append(',')
                    .append(r.unitId() == null ? "" : r.unitId())
                    .append(',')
                    .append(r.reportId() == null ? "" : r.reportId())
                    .append(',')
                    .append(cell(r.action()))
                    .append(',')
                    .append(cell(r.details()))
                    .append(',')
                    .append(cell(r.clientAddr()))
                    .append(',')
                    .append(r.hash())
                    .append("\r\n");
        }
        return out.toString();
    }

    /** Quotes a cell; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
