package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concern.command.RaiseConcernCommand;
import dk.samspil.municipality.concern.query.ConcernView;
import dk.samspil.municipality.concern.query.FetchMunicipalityConcernsQuery;
import dk.samspil.municipality.concern.query.FetchMunicipalityConcernsQuery.Selection;
import dk.samspil.platform.audit.AuditTrail;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A municipality raises concerns and lists those it raised or that touch it, with details: each is recorded as read. */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/concerns")
class MunicipalityConcernController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final AuditTrail auditTrail;
    private final ReferenceData referenceData = ReferenceData.instance();

    MunicipalityConcernController(CommandGateway commandGateway, QueryGateway queryGateway, AuditTrail auditTrail) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<ConcernStepResponse> raise(@PathVariable String kommunekode,
                                              @Valid @RequestBody ConcernRequests.Raise request,
                                              UriComponentsBuilder uri) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        List<Theme> themes = request.themes().stream().map(Theme::parse).toList();
        String concernId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RaiseConcernCommand(concernId, municipalityCode, request.title(),
                request.description(), themes, request.severity(), request.municipalityCodes(),
                request.districtCodes(), request.observedOn()));
        return ResponseEntity.created(uri.path("/api/concerns/{id}").build(concernId))
                .body(new ConcernStepResponse(concernId, ConcernStatus.RAISED));
    }

    @GetMapping
    List<ConcernResponse> list(@PathVariable String kommunekode,
                               @RequestParam(defaultValue = "open") String status) {
        Municipality municipality = referenceData.municipality(kommunekode);
        List<ConcernView> concerns = queryGateway.query(new FetchMunicipalityConcernsQuery(municipality.code(),
                municipality.districtCode(), selection(status)), ResponseTypes.multipleInstancesOf(ConcernView.class)).join();
        auditTrail.recordReads("concern", concerns.stream().map(ConcernView::concernId).toList(),
                "Oversigt over bekymringer, der berører kommunen");
        return concerns.stream().map(ConcernResponse::of).toList();
    }

    private static Selection selection(String status) {
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Selection.OPEN;
            case "resolved" -> Selection.RESOLVED;
            case "all" -> Selection.ALL;
            default -> throw new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel",
                    "Ukendt status '" + status + "'; tilladt: open, resolved, all").with("field", "status");
        };
    }
}
