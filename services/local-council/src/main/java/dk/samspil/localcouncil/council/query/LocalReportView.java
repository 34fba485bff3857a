package dk.samspil.localcouncil.council.query;

import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record LocalReportView(String reportId, String localCouncilId, LocalDate periodStart, LocalDate periodEnd,
                              List<ThemeTrendView> themeTrends, List<ReportFigure> figures, String text,
                              LocalDate submittedOn, Instant submittedAt) {

    public record ThemeTrendView(Theme theme, String themeLabel, Trend trend, String trendLabel, String comment) {
    }
}
