package dk.samspil.web.district.query;

import java.time.LocalDate;
import java.util.List;

/** A local council of the district and the latest report of crime development it sent (null before the first). */
public record LocalCouncilReport(String localCouncilId, String name, LatestReport latestReport) {

    public record LatestReport(LocalDate periodStart, LocalDate periodEnd, List<ThemeTrend> themeTrends,
                               List<Figure> figures, String text) {
    }

    /** {@code trend} is UP, DOWN or FLAT. */
    public record ThemeTrend(String themeLabel, String trend, String trendLabel) {
    }

    public record Figure(String label, long value) {
    }
}
