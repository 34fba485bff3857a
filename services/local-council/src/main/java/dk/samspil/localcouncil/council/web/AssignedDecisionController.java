package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.localcouncil.council.command.ReportDecisionImplementationCommand;
import dk.samspil.localcouncil.council.query.AssignedDecisionView;
import dk.samspil.localcouncil.council.query.FetchAssignedDecisionsQuery;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The district council's decisions assigned to the local council, and how far it has come with each. */
@RestController
@RequestMapping("/api/local-councils/{localCouncilId}/decisions")
class AssignedDecisionController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final KnownLocalCouncils localCouncils;
    private final Clock clock;

    AssignedDecisionController(CommandGateway commandGateway, QueryGateway queryGateway,
                               KnownLocalCouncils localCouncils, Clock clock) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.localCouncils = localCouncils;
        this.clock = clock;
    }

    @PostMapping("/{decisionId}/implementation")
    ImplementationReported report(@PathVariable String localCouncilId, @PathVariable String decisionId,
                                  @Valid @RequestBody ReportImplementationRequest request) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        commandGateway.sendAndWait(new ReportDecisionImplementationCommand(council.id(), decisionId, request.status(),
                request.note().strip(), LocalDate.now(clock)));
        return new ImplementationReported(decisionId, request.status(), request.status().label());
    }

    /** Soonest due first. */
    @GetMapping
    List<AssignedDecisionView> list(@PathVariable String localCouncilId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        return queryGateway.query(new FetchAssignedDecisionsQuery(council.id()),
                ResponseTypes.multipleInstancesOf(AssignedDecisionView.class)).join();
    }

    record ImplementationReported(String decisionId, DecisionImplementationStatus status, String statusLabel) {
    }
}
