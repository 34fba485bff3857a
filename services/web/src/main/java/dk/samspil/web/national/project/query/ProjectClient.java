package dk.samspil.web.national.project.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** SSP-Samrådet's national projects: listed, read, proposed, and the steps taken on them. */
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

    /** A step on the project itself: {@code POST /api/national/projects/{id}/{step}}. */
    public void take(String projectId, String step, Map<String, Object> body) {
        api.post(Void.class, body, "/api/national/projects/{id}/{step}", projectId, step);
    }

    /** A step on one of its grants, pilot municipalities or milestones ({@code part}: grants, …). */
    public void take(String projectId, String part, String itemId, String step, Map<String, Object> body) {
        api.post(Void.class, body, "/api/national/projects/{id}/{part}/{itemId}/{step}", projectId, part, itemId,
                step);
    }

    /** The dates as typed (the service reads and checks them); the lists one entry per line of the form. */
    public record ProposeProject(String name, String purpose, String owner, List<String> coOwners,
                                 String periodStart, String periodEnd, String strategicLeadRole,
                                 String staffLeadRole, List<String> professionalForums, List<String> partners) {
    }

    record Proposed(String projectId) {
    }
}
