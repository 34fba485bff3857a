package dk.samspil.web.page;

import java.util.List;

/**
 * A chart and the table it is drawn from. The page shows the table (for screen readers, keyboards and anyone who
 * prefers numbers) and a one-sentence summary; the browser draws the chart from the same table, so the two can never
 * disagree.
 *
 * @param kind    how to draw it: {@code bar}, {@code stacked-bar}, {@code grouped-bar} or {@code line}
 * @param series  the column headings after the category column, one per series in the chart
 */
public record ChartTable(String id, String kind, String title, String summary, String categoryHeading,
                         List<String> series, List<Row> rows) {

    public ChartTable {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    public record Row(String label, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }
    }
}
