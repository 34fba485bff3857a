package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** A periodic report of local crime development; {@code today} is the Danish day it is submitted on. */
public record SubmitLocalReportCommand(@TargetAggregateIdentifier String localCouncilId, String districtCode,
                                       String reportId, LocalDate periodStart, LocalDate periodEnd,
                                       List<ThemeTrend> themeTrends, List<ReportFigure> figures, String text,
                                       LocalDate today) {
}
