package dk.samspil.municipality.actionplan.web;

import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.actionplan.command.AdoptActionPlanCommand;
import dk.samspil.municipality.actionplan.command.FetchInitiativeForPlanQuery;
import dk.samspil.municipality.actionplan.command.FollowUpActionPlanCommand;
import dk.samspil.municipality.actionplan.command.InitiativeForPlan;
import dk.samspil.municipality.actionplan.command.LinkInitiativeCommand;
import dk.samspil.municipality.actionplan.command.PresentActionPlanCommand;
import dk.samspil.municipality.actionplan.command.ProposeActionPlanCommand;
import dk.samspil.municipality.actionplan.query.ActionPlanView;
import dk.samspil.municipality.actionplan.query.FetchActionPlanQuery;
import dk.samspil.municipality.actionplan.query.FetchMunicipalityActionPlansQuery;
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

/** The municipality's two-year action plans (handleplaner). */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/action-plans")
class ActionPlanController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final Clock clock;
    private final ReferenceData referenceData = ReferenceData.instance();

    ActionPlanController(CommandGateway commandGateway, QueryGateway queryGateway, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<ActionPlanCreated> propose(@PathVariable String kommunekode,
                                              @Valid @RequestBody ProposeActionPlanRequest request,
                                              UriComponentsBuilder uri) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        List<String> initiativeIds = request.initiativeIds() == null ? List.of() : request.initiativeIds();
        initiativeIds.forEach(initiativeId -> requirePlannable(municipalityCode, initiativeId, "initiativeIds"));
        String actionPlanId = UUID.randomUUID().toString();
        ProposeActionPlanRequest.Organisation organisation = request.organisation();
        commandGateway.sendAndWait(new ProposeActionPlanCommand(actionPlanId, municipalityCode, request.firstYear(),
                request.analysis(), request.overallGoal(), request.subGoals(), initiativeIds,
                organisation.strategic(), organisation.coordinating(), organisation.executing(), request.financing(),
                request.documentation(), request.proposedBy()));
        return ResponseEntity
                .created(uri.path("/api/municipalities/{code}/action-plans/{id}").build(municipalityCode, actionPlanId))
                .body(new ActionPlanCreated(actionPlanId));
    }

    @PostMapping("/{actionPlanId}/adoption")
    ActionPlanStatusResponse adopt(@PathVariable String kommunekode, @PathVariable String actionPlanId,
                                   @RequestBody(required = false) AdoptActionPlanRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        commandGateway.sendAndWait(new AdoptActionPlanCommand(actionPlanId, municipalityCode,
                request == null ? null : request.adoptedOn()));
        return new ActionPlanStatusResponse(actionPlanId, ActionPlanStatus.ADOPTED);
    }

    @PostMapping("/{actionPlanId}/presentation")
    ActionPlanStatusResponse present(@PathVariable String kommunekode, @PathVariable String actionPlanId,
                                     @RequestBody(required = false) PresentActionPlanRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        commandGateway.sendAndWait(new PresentActionPlanCommand(actionPlanId, municipalityCode,
                request == null ? null : request.presentedOn()));
        return new ActionPlanStatusResponse(actionPlanId, ActionPlanStatus.ADOPTED);
    }

    @PostMapping("/{actionPlanId}/follow-ups")
    ActionPlanStatusResponse followUp(@PathVariable String kommunekode, @PathVariable String actionPlanId,
                                      @Valid @RequestBody FollowUpActionPlanRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        commandGateway.sendAndWait(new FollowUpActionPlanCommand(actionPlanId, municipalityCode, request.summary(),
                request.followedUpOn()));
        return new ActionPlanStatusResponse(actionPlanId, ActionPlanStatus.ADOPTED);
    }

    @PostMapping("/{actionPlanId}/initiatives")
    ActionPlanStatusResponse link(@PathVariable String kommunekode, @PathVariable String actionPlanId,
                                  @Valid @RequestBody LinkInitiativeRequest request) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        requirePlannable(municipalityCode, request.initiativeId(), "initiativeId");
        ActionPlanStatus status = commandGateway.sendAndWait(
                new LinkInitiativeCommand(actionPlanId, municipalityCode, request.initiativeId()));
        return new ActionPlanStatusResponse(actionPlanId, status);
    }

    @GetMapping
    List<ActionPlanResponse> list(@PathVariable String kommunekode) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        LocalDate today = LocalDate.now(clock);
        return queryGateway.query(new FetchMunicipalityActionPlansQuery(municipalityCode),
                        ResponseTypes.multipleInstancesOf(ActionPlanView.class)).join().stream()
                .map(plan -> ActionPlanResponse.of(plan, today))
                .toList();
    }

    @GetMapping("/{actionPlanId}")
    ActionPlanResponse get(@PathVariable String kommunekode, @PathVariable String actionPlanId) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        return ActionPlanResponse.of(plan(municipalityCode, actionPlanId), LocalDate.now(clock));
    }

    private ActionPlanView plan(String municipalityCode, String actionPlanId) {
        return queryGateway.query(new FetchActionPlanQuery(actionPlanId),
                        ResponseTypes.optionalInstanceOf(ActionPlanView.class)).join()
                .filter(plan -> plan.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> ApiProblem.notFound("Kommune " + municipalityCode + " har ingen handleplan med id "
                        + actionPlanId).with("field", "actionPlanId"));
    }

    /** Only the municipality's own initiatives, and none that is paused, withdrawn or completed, can be in a plan. */
    private void requirePlannable(String municipalityCode, String initiativeId, String field) {
        InitiativeForPlan initiative = queryGateway.query(new FetchInitiativeForPlanQuery(initiativeId),
                        ResponseTypes.optionalInstanceOf(InitiativeForPlan.class)).join()
                .filter(found -> found.municipalityCode().equals(municipalityCode))
                .orElseThrow(() -> ApiProblem.unprocessable(field, "Kommune " + municipalityCode
                        + " har ingen indsats med id " + initiativeId).with("value", initiativeId));
        if (initiative.isAway()) {
            throw ApiProblem.unprocessable(field, "Indsatsen " + initiativeId + " er " + initiative.status().label()
                    + " og kan ikke være med i en handleplan").with("value", initiativeId);
        }
    }
}
