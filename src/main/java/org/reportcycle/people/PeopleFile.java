package org.reportcycle.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.spreadsheet.Sheets;
import org.reportcycle.spreadsheet.Sheets.Table;

/** A people file (CSV or .xlsx) read into its units, users and memberships rows, by their header. */
final class PeopleFile {

    private PeopleFile() {}

    record Row(String sheet, int number, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    record Parsed(List<Row> units, List<Row> users, List<Row> members) {}

    static Parsed parse(String fileName, byte[] content) {
        List<Table> tables;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            tables = name.endsWith(".xlsx") ? Sheets.readXlsx(content) : List.of(Sheets.readCsv(fileName, content));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("error.importFormat");
        }
        Parsed parsed = new Parsed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        boolean recognised = false;
        for (Table t : tables) {
            List<String> header = t.header().stream()
                    .map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<Row> target = header.containsAll(List.of("code", "name", "level"))
                    ? parsed.units()
                    : header.containsAll(List.of("username", "unit_code", "role"))
                            ? parsed.members()
                            : header.containsAll(List.of("username", "display_name")) ? parsed.users() : null;
            if (target == null) {
                continue;
            }
            recognised = true;
            for (int i = 0; i < t.rows().size(); i++) {
                Map<String, String> cells = new HashMap<>();
                List<Object> values = t.rows().get(i);
                for (int c = 0; c < header.size() && c < values.size(); c++) {
                    cells.put(header.get(c), String.valueOf(values.get(c)));
                }
                if (cells.values().stream().anyMatch(v -> !v.isBlank())) {
                    target.add(new Row(t.name(), i + 2, cells));
                }
            }
        }
        if (!recognised) {
            throw new UserFacingException("error.importFormat");
        }
        return parsed;
    }
}
