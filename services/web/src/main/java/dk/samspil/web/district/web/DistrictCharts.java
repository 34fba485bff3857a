package dk.samspil.web.district.web;

import dk.samspil.web.district.query.DistrictDashboardResponse;
import dk.samspil.web.figures.Labels;
import dk.samspil.web.figures.MunicipalityFigures;
import dk.samspil.web.page.ChartTable;
import dk.samspil.web.page.DanishFormats;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/** The district dashboard's charts, each with its table and a sentence that says what it shows. */
final class DistrictCharts {

    private static final int THEMES_SHOWN = 10;

    private final DistrictDashboardResponse dashboard;
    private final Labels labels;
    private final DanishFormats danish;

    DistrictCharts(DistrictDashboardResponse dashboard, DanishFormats danish) {
        this.dashboard = dashboard;
        this.labels = dashboard.labels();
        this.danish = danish;
    }

    ChartTable preventionTriangle() {
        List<String> levels = List.copyOf(dashboard.totals().byPreventionLevel().keySet());
        List<ChartTable.Row> rows = dashboard.municipalities().stream()
                .map(municipality -> new ChartTable.Row(municipality.name(),
                        levels.stream().map(level -> count(municipality.byPreventionLevel(), level)).toList()))
                .toList();
        Map<String, Long> totals = dashboard.totals().byPreventionLevel();
        String split = danish.list(levels.stream()
                .map(level -> danish.number(count(totals, level)) + " " + labels.preventionLevel(level)).toList());
        String summary = "Af kredsens " + danish.count(dashboard.totals().initiatives(), "indsats", "indsatser")
                + " er " + split + "." + mostOf("CRIME_PREVENTIVE", labels.preventionLevel("CRIME_PREVENTIVE"));
        return new ChartTable("forebyggelsestrekant", "stacked-bar", "Forebyggelsestrekanten pr. kommune", summary,
                "Kommune", levels.stream().map(labels::preventionLevel).toList(), rows);
    }

    ChartTable byStatus() {
        Map<String, Long> byStatus = dashboard.totals().byStatus();
        List<ChartTable.Row> rows = byStatus.entrySet().stream()
                .map(status -> new ChartTable.Row(labels.status(status.getKey()), List.of(status.getValue())))
                .toList();
        Map.Entry<String, Long> largest = byStatus.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String summary = largest.getValue() == 0 ? "Kredsen har endnu ingen indsatser."
                : "Flest indsatser er " + labels.status(largest.getKey()) + " (" + danish.number(largest.getValue())
                + " af " + danish.number(dashboard.totals().initiatives()) + ").";
        return new ChartTable("status", "bar", "Indsatser efter status", summary, "Status", List.of("Indsatser"), rows);
    }

    ChartTable budgetAgainstPool() {
        List<ChartTable.Row> rows = dashboard.municipalities().stream()
                .map(municipality -> new ChartTable.Row(municipality.name(), List.of(
                        municipality.pool() == null ? 0 : municipality.pool().amount(),
                        municipality.budget().planned(), municipality.budget().actual())))
                .toList();
        var pool = dashboard.totals().pool();
        String summary = pool == null ? "Ingen af kredsens kommuner har oprettet en pulje for året."
                : "Kommunernes puljer for " + pool.year() + " er på " + danish.kroner(pool.amount())
                + "; godkendte budgetter reserverer " + danish.kroner(pool.reserved()) + ", og "
                + danish.kroner(pool.spent()) + " er brugt (" + pool.usedPercent() + " %).";
        return new ChartTable("budget", "grouped-bar", "Budget og forbrug mod årets pulje", summary, "Kommune",
                List.of("Pulje (kr.)", "Godkendt budget (kr.)", "Forbrugt (kr.)"), rows);
    }

    ChartTable themes() {
        List<Map.Entry<String, Long>> top = dashboard.totals().byTheme().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(THEMES_SHOWN)
                .toList();
        List<ChartTable.Row> rows = top.stream()
                .map(theme -> new ChartTable.Row(theme.getKey(), List.of(theme.getValue())))
                .toList();
        String summary = top.isEmpty() ? "Ingen indsatser har temaer endnu."
                : "Det hyppigste tema er " + top.get(0).getKey() + " (" + danish.count(top.get(0).getValue(),
                "indsats", "indsatser") + ").";
        return new ChartTable("temaer", "bar", "De " + THEMES_SHOWN + " hyppigste temaer", summary, "Tema",
                List.of("Indsatser"), rows);
    }

    /** Names every municipality that shares the highest count, so that a tie is not hidden. */
    private String mostOf(String level, String label) {
        ToLongFunction<MunicipalityFigures> count = municipality -> count(municipality.byPreventionLevel(), level);
        long most = dashboard.municipalities().stream().mapToLong(count).max().orElse(0);
        if (most == 0) {
            return "";
        }
        List<String> leaders = dashboard.municipalities().stream()
                .filter(municipality -> count.applyAsLong(municipality) == most)
                .map(MunicipalityFigures::name)
                .toList();
        return " Flest " + label + " indsatser har " + danish.list(leaders) + " (" + danish.number(most)
                + (leaders.size() > 1 ? " hver" : "") + ").";
    }

    private static long count(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }
}
