package dk.samspil.web.national.web;

import dk.samspil.web.national.query.TrendsResponse;
import dk.samspil.web.page.ChartTable;
import dk.samspil.web.page.DanishFormats;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** Line charts of the months, each with its table and a sentence comparing the first month with the last. */
final class TrendCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", DanishFormats.DANISH);

    private final TrendsResponse trends;
    private final DanishFormats danish;

    TrendCharts(TrendsResponse trends, DanishFormats danish) {
        this.trends = trends;
        this.danish = danish;
    }

    ChartTable initiatives() {
        return chart("indsatser", "Indsatser måned for måned", List.of("Indsatser i alt", "Registreret i året"),
                month -> List.of(month.initiatives(), month.initiativesRegistered()), "indsatser i alt");
    }

    ChartTable preventionLevels() {
        List<String> levels = List.copyOf(trends.preventionLevelLabels().keySet());
        return chart("forebyggelse", "Forebyggelsestrekanten måned for måned",
                levels.stream().map(level -> trends.preventionLevelLabels().get(level)).toList(),
                month -> levels.stream().map(level -> month.byPreventionLevel().getOrDefault(level, 0L)).toList(),
                trends.preventionLevelLabels().get(levels.get(0)) + " indsatser");
    }

    ChartTable concerns() {
        return chart("bekymringer", "Bekymringer måned for måned", List.of("Rejst", "Eskaleret", "Åbne"),
                month -> List.of(month.concerns().raised(), month.concerns().escalated(), month.concerns().open()),
                "bekymringer rejst");
    }

    ChartTable budget() {
        return chart("budget", "Godkendte budgetter måned for måned (kr.)", List.of("Godkendt budget", "Forbrugt"),
                month -> List.of(month.budget().planned(), month.budget().actual()), "kroner i godkendte budgetter");
    }

    private ChartTable chart(String id, String title, List<String> series,
                             Function<TrendsResponse.Month, List<Long>> values, String firstSeriesUnit) {
        List<ChartTable.Row> rows = trends.months().stream()
                .map(month -> new ChartTable.Row(MONTH.format(YearMonth.parse(month.month())), values.apply(month)))
                .toList();
        return new ChartTable(id, "line", title, summary(rows, firstSeriesUnit), "Måned", series, rows);
    }

    private String summary(List<ChartTable.Row> rows, String unit) {
        if (rows.isEmpty()) {
            return "Ingen måneder at vise.";
        }
        ChartTable.Row first = rows.get(0);
        ChartTable.Row last = rows.get(rows.size() - 1);
        return trends.districtName() + ": " + danish.number(first.values().get(0)) + " " + unit + " i " + first.label()
                + " og " + danish.number(last.values().get(0)) + " i " + last.label() + ".";
    }
}
