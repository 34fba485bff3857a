package dk.samspil.nationalassociation.project.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.nationalassociation.project.command.InvitePilotMunicipalityCommand;
import dk.samspil.nationalassociation.project.command.JoinPilotMunicipalityCommand;
import dk.samspil.nationalassociation.project.command.LeavePilotMunicipalityCommand;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's pilot municipalities: invited, joined, left. Unknown municipalities are refused by the project. */
@RestController
@RequestMapping("/api/national/projects/{projectId}/pilot-municipalities")
class PilotMunicipalityController {

    private final CommandGateway commandGateway;

    PilotMunicipalityController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Responses.PilotMunicipalityInvited invite(@PathVariable String projectId,
                                              @Valid @RequestBody ProjectRequests.PilotInvitation request) {
        commandGateway.sendAndWait(new InvitePilotMunicipalityCommand(projectId, request.municipalityCode(),
                request.role()));
        return new Responses.PilotMunicipalityInvited(ReferenceData.normaliseKommunekode(request.municipalityCode()));
    }

    @PostMapping("/{municipalityCode}/joining")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void join(@PathVariable String projectId, @PathVariable String municipalityCode) {
        commandGateway.sendAndWait(new JoinPilotMunicipalityCommand(projectId, municipalityCode));
    }

    @PostMapping("/{municipalityCode}/leaving")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void leave(@PathVariable String projectId, @PathVariable String municipalityCode) {
        commandGateway.sendAndWait(new LeavePilotMunicipalityCommand(projectId, municipalityCode));
    }
}
