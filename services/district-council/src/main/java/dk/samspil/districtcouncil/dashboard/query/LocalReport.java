package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.localcouncil.ReportFigure;

import java.time.LocalDate;
import java.util.List;

/** A local council's report of local crime development over a period. */
public record LocalReport(String reportId, LocalDate periodStart, LocalDate periodEnd, List<ThemeTrendItem> themeTrends,
                          List<ReportFigure> figures, String text) {
}
