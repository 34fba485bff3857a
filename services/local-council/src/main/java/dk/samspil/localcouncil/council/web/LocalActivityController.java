package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.localcouncil.council.command.RecordLocalActivityCommand;
import dk.samspil.localcouncil.council.query.FetchLocalActivitiesQuery;
import dk.samspil.localcouncil.council.query.FetchLocalActivityQuery;
import dk.samspil.localcouncil.council.query.LocalActivityView;
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

/** The local council's preventive and safety-creating activities. */
@RestController
@RequestMapping("/api/local-councils/{localCouncilId}/activities")
class LocalActivityController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final KnownLocalCouncils localCouncils;
    private final Clock clock;

    LocalActivityController(CommandGateway commandGateway, QueryGateway queryGateway, KnownLocalCouncils localCouncils,
                            Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.localCouncils = localCouncils;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActivityRecorded> record(@PathVariable String localCouncilId,
                                            @Valid @RequestBody RecordLocalActivityRequest request,
                                            UriComponentsBuilder uri) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        List<String> municipalityCodes = request.municipalityCodes() == null || request.municipalityCodes().isEmpty()
                ? council.municipalityCodes()
                : RequestValues.municipalityCodes(request.municipalityCodes(), "municipalityCodes");
        String activityId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RecordLocalActivityCommand(council.id(), council.districtCode(),
                council.municipalityCodes(), activityId, request.kind(), request.title().strip(),
                request.description().strip(), RequestValues.themes(request.themes(), "themes"), municipalityCodes,
                request.heldOn(), request.participants(), LocalDate.now(clock)));
        return ResponseEntity
                .created(uri.path("/api/local-councils/{id}/activities/{activityId}").build(council.id(), activityId))
                .body(new ActivityRecorded(activityId));
    }

    /** Latest held first. */
    @GetMapping
    List<LocalActivityView> list(@PathVariable String localCouncilId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        return queryGateway.query(new FetchLocalActivitiesQuery(council.id()),
                ResponseTypes.multipleInstancesOf(LocalActivityView.class)).join();
    }

    @GetMapping("/{activityId}")
    LocalActivityView get(@PathVariable String localCouncilId, @PathVariable String activityId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        return queryGateway.query(new FetchLocalActivityQuery(council.id(), activityId),
                        ResponseTypes.optionalInstanceOf(LocalActivityView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Lokalråd " + council.id() + " har ingen aktivitet " + activityId)
                        .with("field", "activityId"));
    }

    record ActivityRecorded(String activityId) {
    }
}
