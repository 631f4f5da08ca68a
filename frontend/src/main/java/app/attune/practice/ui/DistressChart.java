package app.attune.practice.ui;

import app.attune.practice.CompletionRow;
import app.attune.shell.ui.Formats;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Distress before and after each completion, oldest on the left, drawn as SVG on the server; the same numbers follow
 * in a table for screen readers and for anyone who prefers them.
 */
class DistressChart extends Div {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final int PAD = 12;

    DistressChart(List<CompletionRow> newestFirst, ZoneId zone, Locale locale) {
        addClassName("attune-distress-chart");
        var oldestFirst = newestFirst.reversed();
        var svg = new Svg(svg(oldestFirst, getTranslation("practice.chart.label", oldestFirst.size())));
        svg.getElement().setAttribute("aria-hidden", "true");
        var legend = new Div();
        legend.addClassName("attune-chart-legend");
        legend.setText(getTranslation("practice.chart.legend"));

        var table = new NativeTable();
        table.setCaptionText(getTranslation("practice.chart.table"));
        var head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("practice.chart.when"));
        head.addHeaderCell().setText(getTranslation("practice.chart.before"));
        head.addHeaderCell().setText(getTranslation("practice.chart.after"));
        for (var c : newestFirst) {
            var row = table.getBody().addRow();
            row.addDataCell().setText(Formats.dateTime(c.doneAt(), zone, locale));
            row.addDataCell().setText(Integer.toString(c.distressBefore()));
            row.addDataCell().setText(Integer.toString(c.distressAfter()));
        }
        var numbers = new NativeDetails(getTranslation("practice.chart.numbers"), table);
        add(svg, legend, numbers);
    }

    /** The chart: a line for distress before (dashed) and one for after, on a 0 to 10 scale. Numbers only. */
    static String svg(List<CompletionRow> oldestFirst, String label) {
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\"><title>")
                .append(label.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</title>");
        for (int level : new int[] {0, 5, 10}) {
            double y = y(level);
            out.append("<line class=\"grid\" x1=\"")
                    .append(PAD)
                    .append("\" x2=\"")
                    .append(WIDTH - PAD)
                    .append("\" y1=\"")
                    .append(y)
                    .append("\" y2=\"")
                    .append(y)
                    .append("\"/>");
        }
        out.append(line(oldestFirst, true, "before")).append(line(oldestFirst, false, "after"));
        out.append("</svg>");
        return out.toString();
    }

    private static String line(List<CompletionRow> rows, boolean before, String cssClass) {
        var points = new StringBuilder();
        var dots = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            double x = rows.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (rows.size() - 1);
            double y = y(before ? rows.get(i).distressBefore() : rows.get(i).distressAfter());
            points.append(round(x)).append(',').append(round(y)).append(' ');
            dots.append("<circle class=\"")
                    .append(cssClass)
                    .append("\" cx=\"")
                    .append(round(x))
                    .append("\" cy=\"")
                    .append(round(y))
                    .append("\" r=\"3\"/>");
        }
        return "<polyline class=\"" + cssClass + "\" fill=\"none\" points=\""
                + points.toString().strip() + "\"/>" + dots;
    }

    private static double y(int level) {
        return round(HEIGHT - PAD - level * (HEIGHT - 2.0 * PAD) / 10);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
