package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.ReportFigure;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.localcouncil.council.command.SubmitLocalReportCommand;
import dk.samspil.localcouncil.council.query.FetchLocalReportQuery;
import dk.samspil.localcouncil.council.query.FetchLocalReportsQuery;
import dk.samspil.localcouncil.council.query.LocalReportView;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The local council's periodic reports of local crime development. */
@RestController
@RequestMapping("/api/local-councils/{localCouncilId}/reports")
class LocalReportController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final KnownLocalCouncils localCouncils;
    private final Clock clock;

    LocalReportController(CommandGateway commandGateway, QueryGateway queryGateway, KnownLocalCouncils localCouncils,
                          Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.localCouncils = localCouncils;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ReportSubmitted> submit(@PathVariable String localCouncilId,
                                           @Valid @RequestBody SubmitLocalReportRequest request,
                                           UriComponentsBuilder uri) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        String reportId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new SubmitLocalReportCommand(council.id(), council.districtCode(), reportId,
                request.periodStart(), request.periodEnd(), themeTrends(request.themeTrends()),
                figures(request.figures()), request.text().strip(), LocalDate.now(clock)));
        return ResponseEntity
                .created(uri.path("/api/local-councils/{id}/reports/{reportId}").build(council.id(), reportId))
                .body(new ReportSubmitted(reportId));
    }

    /** Newest first. */
    @GetMapping
    List<LocalReportView> list(@PathVariable String localCouncilId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        return queryGateway.query(new FetchLocalReportsQuery(council.id()),
                ResponseTypes.multipleInstancesOf(LocalReportView.class)).join();
    }

    @GetMapping("/{reportId}")
    LocalReportView get(@PathVariable String localCouncilId, @PathVariable String reportId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        return queryGateway.query(new FetchLocalReportQuery(council.id(), reportId),
                        ResponseTypes.optionalInstanceOf(LocalReportView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Lokalråd " + council.id() + " har ingen rapport " + reportId)
                        .with("field", "reportId"));
    }

    private static List<ThemeTrend> themeTrends(List<SubmitLocalReportRequest.ThemeTrendRequest> requested) {
        return IntStream.range(0, requested.size()).mapToObj(index -> {
            SubmitLocalReportRequest.ThemeTrendRequest trend = requested.get(index);
            String comment = trend.comment() == null || trend.comment().isBlank() ? null : trend.comment().strip();
            return new ThemeTrend(RequestValues.theme(trend.theme(), "themeTrends[" + index + "].theme"), trend.trend(),
                    comment);
        }).toList();
    }

    private static List<ReportFigure> figures(List<SubmitLocalReportRequest.FigureRequest> requested) {
        return requested == null ? List.of() : requested.stream()
                .map(figure -> new ReportFigure(figure.label().strip(), figure.value()))
                .toList();
    }

    record ReportSubmitted(String reportId) {
    }
}
