package org.reportcycle.report.export;

import java.util.List;

/**
 * The approval sheet (审批单) in the layout offices print and file: the title, the facts of the report
 * (name, unit, year, version) and one table row per decision under the standard items (拟稿, 合法性审查, 签批,
 * 保密审查, 党委(党工委)会议审议, 报送/备案, 公开), each with opinion, name and date.
 *
 * @param title the sheet's heading, 「法治政府建设年度报告审批单」
 * @param facts label/value pairs above the table (报告名称, 单位, 年度, 版本)
 * @param rows the table's rows, item by item, the decisions of an item in the order they were taken
 * @param footer the line under the table (when and by whom the sheet was printed, where it comes from)
 */
public record ApprovalSheet(String title, List<Fact> facts, List<Row> rows, String footer) {

    public ApprovalSheet {
        facts = List.copyOf(facts);
        rows = List.copyOf(rows);
    }

    /** One fact above the table. */
    public record Fact(String label, String value) {}

    /** One row: the item (事项), the opinion (意见), who (签名) and when (日期); blank where nothing happened yet. */
    public record Row(String item, String opinion, String person, String date) {}
}
