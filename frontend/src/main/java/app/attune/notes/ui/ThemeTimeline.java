package app.attune.notes.ui;

import app.attune.notes.ThemeMonth;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often each theme appeared on a client's notes, month by month: an SVG drawn on the server (a dot per month,
 * larger for more notes), and the same figures as a table for screen readers and for reading exact numbers.
 */
class ThemeTimeline extends Composite<Div> {

    private static final int LABEL_WIDTH = 190;
    private static final int COLUMN = 56;
    private static final int ROW = 26;
    private static final int TOP = 24;

    ThemeTimeline(List<ThemeMonth> counts) {
        var root = getContent();
        root.addClassName("attune-timeline");
        if (counts.isEmpty()) {
            var empty = new Div(new Paragraph(getTranslation("timeline.empty")));
            empty.addClassName("attune-empty");
            root.add(empty);
            return;
        }
        var first =
                counts.stream().map(ThemeMonth::month).min(YearMonth::compareTo).orElseThrow();
        var last =
                counts.stream().map(ThemeMonth::month).max(YearMonth::compareTo).orElseThrow();
        var months = new ArrayList<YearMonth>();
        for (var m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        var rows = new LinkedHashMap<String, Map<YearMonth, Integer>>();
        counts.forEach(c ->
                rows.computeIfAbsent(c.themeName(), k -> new LinkedHashMap<>()).put(c.month(), c.notes()));
        int max = counts.stream().mapToInt(ThemeMonth::notes).max().orElse(1);
        var monthLabel = DateTimeFormatter.ofPattern("MMM yy", getLocale());

        var svg = new StringBuilder();
        int width = LABEL_WIDTH + months.size() * COLUMN + 10;
        int height = TOP + rows.size() * ROW + 6;
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' aria-hidden='true' width='")
                .append(width)
                .append("' height='")
                .append(height)
                .append("' viewBox='0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("'>");
        for (int i = 0; i < months.size(); i++) {
            svg.append("<text x='")
                    .append(LABEL_WIDTH + i * COLUMN + COLUMN / 2)
                    .append("' y='14' class='month'>")
                    .append(escape(monthLabel.format(months.get(i))))
                    .append("</text>");
        }
        int r = 0;
        for (var row : rows.entrySet()) {
            int y = TOP + r * ROW + ROW / 2;
            svg.append("<text x='0' y='")
                    .append(y + 4)
                    .append("' class='theme'>")
                    .append(escape(row.getKey()))
                    .append("</text>");
            svg.append("<line x1='")
                    .append(LABEL_WIDTH)
                    .append("' x2='")
                    .append(width - 10)
                    .append("' y1='")
                    .append(y)
                    .append("' y2='")
                    .append(y)
                    .append("' class='rule'/>");
            for (int i = 0; i < months.size(); i++) {
                Integer n = row.getValue().get(months.get(i));
                if (n != null) {
                    double radius = 3 + 8.0 * n / max;
                    svg.append("<circle cx='")
                            .append(LABEL_WIDTH + i * COLUMN + COLUMN / 2)
                            .append("' cy='")
                            .append(y)
                            .append("' r='")
                            .append(String.format(java.util.Locale.ROOT, "%.1f", radius))
                            .append("'><title>")
                            .append(escape(row.getKey() + ", " + monthLabel.format(months.get(i)) + ": " + n))
                            .append("</title></circle>");
                }
            }
            r++;
        }
        svg.append("</svg>");
        var chart = new Div();
        chart.addClassName("attune-timeline-chart");
        chart.getElement().setProperty("innerHTML", svg.toString());
        root.add(chart);

        var table = new NativeTable();
        table.addClassName("attune-timeline-table");
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow(new NativeTableHeaderCell(getTranslation("timeline.theme")));
        months.forEach(m -> headRow.add(new NativeTableHeaderCell(monthLabel.format(m))));
        head.add(headRow);
        var body = new NativeTableBody();
        rows.forEach((theme, byMonth) -> {
            var tr = new NativeTableRow(new NativeTableHeaderCell(theme));
            months.forEach(m -> tr.add(new NativeTableCell(String.valueOf(byMonth.getOrDefault(m, 0)))));
            body.add(tr);
        });
        table.add(head, body);
        var details = new Details(getTranslation("timeline.as-table"), table);
        root.add(details);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&#39;")
                .replace("\"", "&quot;");
    }
}
