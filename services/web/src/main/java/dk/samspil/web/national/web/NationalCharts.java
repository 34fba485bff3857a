package dk.samspil.web.national.web;

import dk.samspil.web.figures.Labels;
import dk.samspil.web.national.query.DistrictFigures;
import dk.samspil.web.national.query.NationalOverviewResponse;
import dk.samspil.web.page.ChartTable;
import dk.samspil.web.page.DanishFormats;

import java.util.Comparator;
import java.util.List;

/** The twelve districts side by side as charts, each with its table and a sentence. */
final class NationalCharts {

    private final NationalOverviewResponse overview;
    private final Labels labels;
    private final DanishFormats danish;

    NationalCharts(NationalOverviewResponse overview, DanishFormats danish) {
        this.overview = overview;
        this.labels = overview.labels();
        this.danish = danish;
    }

    ChartTable preventionByDistrict() {
        List<String> levels = List.copyOf(overview.totals().byPreventionLevel().keySet());
        List<ChartTable.Row> rows = overview.districts().stream()
                .map(district -> new ChartTable.Row(district.name(), levels.stream()
                        .map(level -> district.byPreventionLevel().getOrDefault(level, 0L)).toList()))
                .toList();
        String summary = overview.districts().stream()
                .max(Comparator.comparingLong(DistrictFigures::initiatives))
                .map(most -> "Landet har " + danish.count(overview.totals().initiatives(), "indsats", "indsatser")
                        + "; flest har " + most.name() + " (" + danish.number(most.initiatives()) + ").")
                .orElse("Ingen indsatser endnu.");
        return new ChartTable("kredse-forebyggelse", "stacked-bar", "Forebyggelsestrekanten pr. kreds", summary,
                "Politikreds", levels.stream().map(labels::preventionLevel).toList(), rows);
    }

    ChartTable poolByDistrict() {
        List<ChartTable.Row> rows = overview.districts().stream()
                .map(district -> new ChartTable.Row(district.name(), List.of(
                        district.pool() == null ? 0L : district.pool().amount(),
                        district.budget().planned(), district.budget().actual())))
                .toList();
        var pool = overview.totals().pool();
        String summary = pool == null ? "Ingen kommuner har oprettet en pulje for året."
                : "Puljerne for " + pool.year() + " er på " + danish.kroner(pool.amount()) + " i alt; "
                + pool.usedPercent() + " % er brugt.";
        return new ChartTable("kredse-budget", "grouped-bar", "Puljer, budgetter og forbrug pr. kreds", summary,
                "Politikreds", List.of("Pulje (kr.)", "Godkendt budget (kr.)", "Forbrugt (kr.)"), rows);
    }
}
