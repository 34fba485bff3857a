package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.municipality.concern.command.ConfirmConcernCommand;
import dk.samspil.municipality.concern.command.EscalateConcernCommand;
import dk.samspil.municipality.concern.command.ResolveConcernCommand;
import dk.samspil.municipality.concern.command.UpdateConcernCommand;
import dk.samspil.municipality.concern.query.ConcernView;
import dk.samspil.municipality.concern.query.FetchConcernQuery;
import dk.samspil.platform.web.ApiProblem;
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

/** One concern: read it, and the steps of its life after it was raised. */
@RestController
@RequestMapping("/api/concerns/{concernId}")
class ConcernController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    ConcernController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @GetMapping
    ConcernResponse get(@PathVariable String concernId) {
        return queryGateway.query(new FetchConcernQuery(concernId), ResponseTypes.optionalInstanceOf(ConcernView.class))
                .join()
                .map(ConcernResponse::of)
                .orElseThrow(() -> ApiProblem.notFound("Der findes ingen bekymring med id " + concernId)
                        .with("field", "concernId"));
    }

    @PostMapping("/updates")
    ConcernStepResponse update(@PathVariable String concernId, @Valid @RequestBody ConcernRequests.Update request) {
        return step(concernId, new UpdateConcernCommand(concernId, request.municipalityCode(), request.note(),
                request.severity()));
    }

    @PostMapping("/confirmations")
    ConcernStepResponse confirm(@PathVariable String concernId,
                                @Valid @RequestBody ConcernRequests.Confirmation request) {
        return step(concernId, new ConfirmConcernCommand(concernId, request.municipalityCode(), request.note()));
    }

    @PostMapping("/escalation")
    ConcernStepResponse escalate(@PathVariable String concernId,
                                 @Valid @RequestBody ConcernRequests.Escalation request) {
        return step(concernId, new EscalateConcernCommand(concernId, request.districtCodes(), request.reason()));
    }

    @PostMapping("/resolution")
    ConcernStepResponse resolve(@PathVariable String concernId,
                                @Valid @RequestBody ConcernRequests.Resolution request) {
        return step(concernId, new ResolveConcernCommand(concernId, request.resolution()));
    }

    private ConcernStepResponse step(String concernId, Object command) {
        ConcernStatus status = commandGateway.sendAndWait(command);
        return new ConcernStepResponse(concernId, status);
    }
}
