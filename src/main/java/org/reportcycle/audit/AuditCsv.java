package org.reportcycle.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.reportcycle.spreadsheet.Sheets;

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

    /**
     * Quotes a cell; a value a spreadsheet could read as a formula (leading =, +, -, @, TAB, CR, or any line
     * break) is prefixed with ' ({@link Sheets#neutralise}).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = Sheets.neutralise(value);
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
