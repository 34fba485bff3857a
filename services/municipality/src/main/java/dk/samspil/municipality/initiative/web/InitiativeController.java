package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.initiative.command.Coordinator;
import dk.samspil.municipality.initiative.command.InitiativeNotFoundException;
import dk.samspil.municipality.initiative.command.RegisterInitiativeCommand;
import dk.samspil.municipality.initiative.command.ReviseInitiativeApplicationCommand;
import dk.samspil.municipality.initiative.query.FetchInitiativeQuery;
import dk.samspil.municipality.initiative.query.FetchMunicipalityInitiativesQuery;
import dk.samspil.municipality.initiative.query.InitiativeView;
import dk.samspil.platform.audit.AuditTrail;
import dk.samspil.platform.personaldata.Sealer;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A municipality's initiatives: register and revise the application, list and read them. Every initiative that goes
 * out with its coordinator's contact data is recorded in the audit trail first.
 */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/initiatives")
class InitiativeController {

    private static final String AUDITED_AS = "initiative";

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final AuditTrail auditTrail;
    private final ReferenceData referenceData = ReferenceData.instance();

    InitiativeController(CommandGateway commandGateway, QueryGateway queryGateway, AuditTrail auditTrail) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.auditTrail = auditTrail;
    }

    @PostMapping
    ResponseEntity<InitiativeCreated> register(@PathVariable String kommunekode,
                                               @Valid @RequestBody InitiativeApplicationRequest request,
                                               UriComponentsBuilder uri) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        String initiativeId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new RegisterInitiativeCommand(initiativeId, municipalityCode, request.toApplication()));
        return ResponseEntity
                .created(uri.path("/api/municipalities/{code}/initiatives/{id}").build(municipalityCode, initiativeId))
                .body(new InitiativeCreated(initiativeId));
    }

    @PutMapping("/{initiativeId}/application")
    InitiativeStepResponse revise(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                  @Valid @RequestBody InitiativeApplicationRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        commandGateway.sendAndWait(new ReviseInitiativeApplicationCommand(initiativeId, municipalityCode,
                request.toApplication()));
        return InitiativeStepResponse.of(initiativeId, InitiativeStatus.DRAFT);
    }

    @GetMapping
    List<InitiativeView> list(@PathVariable String kommunekode) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        List<InitiativeView> initiatives = queryGateway.query(new FetchMunicipalityInitiativesQuery(municipalityCode),
                ResponseTypes.multipleInstancesOf(InitiativeView.class)).join();
        auditTrail.recordReads(AUDITED_AS, initiatives.stream()
                        .filter(InitiativeController::showsCoordinator)
                        .map(initiative -> initiative.initiative().id())
                        .toList(),
                "Oversigt over kommunens initiativer med tovholdernes kontaktdata");
        return initiatives;
    }

    @GetMapping("/{initiativeId}")
    InitiativeView get(@PathVariable String kommunekode, @PathVariable String initiativeId) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        InitiativeView initiative = queryGateway.query(new FetchInitiativeQuery(municipalityCode, initiativeId),
                        ResponseTypes.optionalInstanceOf(InitiativeView.class)).join()
                .orElseThrow(() -> new InitiativeNotFoundException(initiativeId, municipalityCode));
        if (showsCoordinator(initiative)) {
            auditTrail.recordRead(AUDITED_AS, initiative.initiative().id(), "Visning af initiativ med tovholderens kontaktdata");
        }
        return initiative;
    }

    /** A coordinator who is named and not erased: a draft without one, or "[slettet]", shows no one. */
    private static boolean showsCoordinator(InitiativeView initiative) {
        Coordinator coordinator = initiative.initiative().application().coordinator();
        return Stream.of(coordinator.name(), coordinator.email(), coordinator.phone(), coordinator.leaderGroupContact())
                .filter(Objects::nonNull)
                .anyMatch(value -> !value.isBlank() && !value.equals(Sealer.ERASED));
    }
}
