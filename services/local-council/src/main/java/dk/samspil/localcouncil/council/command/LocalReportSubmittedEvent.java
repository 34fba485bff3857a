package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record LocalReportSubmittedEvent(String localCouncilId, String districtCode, String reportId,
                                        LocalDate periodStart, LocalDate periodEnd, List<ThemeTrend> themeTrends,
                                        List<ReportFigure> figures, String text, LocalDate submittedOn) {
}
