package dk.samspil.contracts.localcouncil;

import java.time.LocalDate;
import java.util.List;

/** {@code dk.samspil.local-council.local-report-submitted.v1}: a periodic report of local crime development. */
public record LocalReportSubmitted(String localCouncilId, String districtCode, String reportId, LocalDate periodStart,
                                   LocalDate periodEnd, List<ThemeTrend> themeTrends, List<ReportFigure> figures,
                                   String text) implements LocalCouncilEvent {
}
