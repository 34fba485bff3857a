package dk.samspil.web.national.project.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** SSP-Samrådet's national projects: listed, read, proposed. */
@Component
public class ProjectClient {

    private final SamspilApi api;

    ProjectClient(SamspilApi api) {
        this.api = api;
    }

    public List<ProjectResponse> projects() {
        return List.of(api.get(ProjectResponse[].class, "/api/national/projects"));
    }

    public ProjectResponse project(String projectId) {
        return api.get(ProjectResponse.class, "/api/national/projects/{id}", projectId);
    }

    /** @return the new project's id */
    public String propose(ProposeProject proposal) {
        return api.post(Proposed.class, proposal, "/api/national/projects").projectId();
    }

    /** The dates as typed (the service reads and checks them); the lists one entry per line of the form. */
    public record ProposeProject(String name, String purpose, String owner, List<String> coOwners,
                                 String periodStart, String periodEnd, String strategicLeadRole,
                                 String staffLeadRole, List<String> professionalForums, List<String> partners) {
    }

    record Proposed(String projectId) {
    }
}
