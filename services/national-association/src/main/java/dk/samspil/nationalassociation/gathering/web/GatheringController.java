package dk.samspil.nationalassociation.gathering.web;

import dk.samspil.nationalassociation.gathering.command.CancelGatheringCommand;
import dk.samspil.nationalassociation.gathering.command.PlanGatheringCommand;
import dk.samspil.nationalassociation.gathering.command.RecordGatheringHeldCommand;
import dk.samspil.nationalassociation.gathering.query.FetchGatheringQuery;
import dk.samspil.nationalassociation.gathering.query.GatheringView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The association's courses, theme days, webinars and annual meetings in the police districts and nationally:
 * planned, then held or cancelled; read from the read model.
 */
@RestController
@RequestMapping("/api/national/gatherings")
class GatheringController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    GatheringController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    ResponseEntity<GatheringResponses.GatheringPlanned> plan(@Valid @RequestBody GatheringRequests.Plan request) {
        String gatheringId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new PlanGatheringCommand(gatheringId, request.kind(), request.districtCode(),
                request.subject(), request.date(), request.organiser()));
        return ResponseEntity.created(URI.create("/api/national/gatherings/" + gatheringId))
                .body(new GatheringResponses.GatheringPlanned(gatheringId));
    }

    /** Both filters are optional: {@code district} a police district's code or {@code national}, {@code year}. */
    @GetMapping
    List<GatheringView> gatherings(@RequestParam(required = false) String district,
                                   @RequestParam(required = false) String year) {
        return queryGateway.query(GatheringFilter.query(district, year),
                ResponseTypes.multipleInstancesOf(GatheringView.class)).join();
    }

    @GetMapping("/{gatheringId}")
    GatheringView gathering(@PathVariable String gatheringId) {
        return queryGateway.query(new FetchGatheringQuery(gatheringId),
                        ResponseTypes.optionalInstanceOf(GatheringView.class))
                .join()
                .orElseThrow(() -> ApiProblem.notFound("Der findes intet arrangement med id " + gatheringId)
                        .with("field", "gatheringId"));
    }

    @PostMapping("/{gatheringId}/held")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void held(@PathVariable String gatheringId, @Valid @RequestBody GatheringRequests.Held request) {
        commandGateway.sendAndWait(new RecordGatheringHeldCommand(gatheringId, request.heldOn(),
                request.participants()));
    }

    @PostMapping("/{gatheringId}/cancellation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable String gatheringId, @Valid @RequestBody GatheringRequests.Cancellation request) {
        commandGateway.sendAndWait(new CancelGatheringCommand(gatheringId, request.reason()));
    }
}
