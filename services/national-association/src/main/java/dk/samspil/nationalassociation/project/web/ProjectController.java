package dk.samspil.nationalassociation.project.web;

import dk.samspil.nationalassociation.project.command.CompleteProjectCommand;
import dk.samspil.nationalassociation.project.command.ProposeProjectCommand;
import dk.samspil.nationalassociation.project.command.StartProjectCommand;
import dk.samspil.nationalassociation.project.command.StopProjectCommand;
import dk.samspil.nationalassociation.project.query.FetchProjectQuery;
import dk.samspil.nationalassociation.project.query.FetchProjectsQuery;
import dk.samspil.nationalassociation.project.query.ProjectView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The association's national projects: proposed, then started, completed or stopped; read from the read model. */
@RestController
@RequestMapping("/api/national/projects")
class ProjectController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;

    ProjectController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    ResponseEntity<Responses.ProjectProposed> propose(@Valid @RequestBody ProjectRequests.Proposal request) {
        String projectId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new ProposeProjectCommand(projectId, request.name(), request.purpose(),
                request.owner(), orNone(request.coOwners()), request.periodStart(), request.periodEnd(),
                request.strategicLeadRole(), request.staffLeadRole(), orNone(request.professionalForums()),
                orNone(request.partners())));
        return ResponseEntity.created(URI.create("/api/national/projects/" + projectId))
                .body(new Responses.ProjectProposed(projectId));
    }

    @GetMapping
    List<ProjectView> projects() {
        return queryGateway.query(new FetchProjectsQuery(), ResponseTypes.multipleInstancesOf(ProjectView.class)).join();
    }

    @GetMapping("/{projectId}")
    ProjectView project(@PathVariable String projectId) {
        return queryGateway.query(new FetchProjectQuery(projectId), ResponseTypes.optionalInstanceOf(ProjectView.class))
                .join()
                .orElseThrow(() -> ApiProblem.notFound("Der findes intet projekt med id " + projectId)
                        .with("field", "projectId"));
    }

    @PostMapping("/{projectId}/start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void start(@PathVariable String projectId) {
        commandGateway.sendAndWait(new StartProjectCommand(projectId));
    }

    @PostMapping("/{projectId}/completion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String projectId) {
        commandGateway.sendAndWait(new CompleteProjectCommand(projectId));
    }

    @PostMapping("/{projectId}/stop")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stop(@PathVariable String projectId, @Valid @RequestBody ProjectRequests.Stop request) {
        commandGateway.sendAndWait(new StopProjectCommand(projectId, request.reason()));
    }

    private static List<String> orNone(List<String> values) {
        return Objects.requireNonNullElse(values, List.of());
    }
}
