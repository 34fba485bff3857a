package dk.samspil.nationalassociation.project.web;

import dk.samspil.nationalassociation.project.command.ReachMilestoneCommand;
import dk.samspil.nationalassociation.project.command.SetMilestoneCommand;
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

/** A project's milestones: set within the project period, then reached. */
@RestController
@RequestMapping("/api/national/projects/{projectId}/milestones")
class MilestoneController {

    private final CommandGateway commandGateway;

    MilestoneController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Responses.MilestoneSet set(@PathVariable String projectId,
                               @Valid @RequestBody ProjectRequests.MilestoneRequest request) {
        String milestoneId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new SetMilestoneCommand(projectId, milestoneId, request.title(), request.dueDate()));
        return new Responses.MilestoneSet(milestoneId);
    }

    @PostMapping("/{milestoneId}/reached")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reach(@PathVariable String projectId, @PathVariable String milestoneId) {
        commandGateway.sendAndWait(new ReachMilestoneCommand(projectId, milestoneId));
    }
}
