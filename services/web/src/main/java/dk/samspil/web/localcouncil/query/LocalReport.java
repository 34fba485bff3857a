package dk.samspil.web.localcouncil.query;

import java.time.LocalDate;
import java.util.List;

/** A report of local crime development: a trend per theme (UP, FLAT, DOWN), figures and a text. */
public record LocalReport(String reportId, LocalDate periodStart, LocalDate periodEnd, List<ThemeTrend> themeTrends,
                          List<Figure> figures, String text, LocalDate submittedOn) {

    public record ThemeTrend(String theme, String themeLabel, String trend, String trendLabel, String comment) {
    }

    public record Figure(String label, long value) {
    }
}
