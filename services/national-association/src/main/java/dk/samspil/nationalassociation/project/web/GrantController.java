package dk.samspil.nationalassociation.project.web;

import dk.samspil.nationalassociation.project.command.AcceptGrantCommand;
import dk.samspil.nationalassociation.project.command.ApplyForGrantCommand;
import dk.samspil.nationalassociation.project.command.AwardGrantCommand;
import dk.samspil.nationalassociation.project.command.BoardMandate;
import dk.samspil.nationalassociation.project.command.DeclineGrantCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A project's grants: applied for, awarded, accepted under a board mandate, or declined. */
@RestController
@RequestMapping("/api/national/projects/{projectId}/grants")
class GrantController {

    private final CommandGateway commandGateway;

    GrantController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Responses.GrantApplied apply(@PathVariable String projectId,
                                 @Valid @RequestBody ProjectRequests.GrantApplication request) {
        String grantId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new ApplyForGrantCommand(projectId, grantId, request.grantor(), request.amount()));
        return new Responses.GrantApplied(grantId);
    }

    @PostMapping("/{grantId}/award")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void award(@PathVariable String projectId, @PathVariable String grantId) {
        commandGateway.sendAndWait(new AwardGrantCommand(projectId, grantId));
    }

    @PostMapping("/{grantId}/acceptance")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(@PathVariable String projectId, @PathVariable String grantId,
                @Valid @RequestBody ProjectRequests.Acceptance request) {
        ProjectRequests.BoardMandateRequest mandate = request.boardMandate();
        commandGateway.sendAndWait(new AcceptGrantCommand(projectId, grantId,
                mandate == null ? null : new BoardMandate(mandate.decidedOn(), mandate.reference())));
    }

    @PostMapping("/{grantId}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable String projectId, @PathVariable String grantId) {
        commandGateway.sendAndWait(new DeclineGrantCommand(projectId, grantId));
    }
}
