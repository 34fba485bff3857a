package dk.samspil.web.districtcouncil.query;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.api.SamspilApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Asks the district council's service for the council's work, and sends it the secretariat's steps. */
@Component
public class DistrictCouncilClient {

    private static final String DISTRICT = "/api/districts/{code}";

    private final SamspilApi api;

    DistrictCouncilClient(SamspilApi api) {
        this.api = api;
    }

    public DistrictCouncil council(String code) {
        return api.get(DistrictCouncil.class, DISTRICT + "/council", code);
    }

    /** The latest draft, or empty while the council has none. */
    public Optional<CooperationPlan> draft(String code) {
        try {
            return Optional.of(api.get(CooperationPlan.class, DISTRICT + "/cooperation-plan/draft", code));
        } catch (ApiRefusedException refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    public void setPriorities(String code, DistrictCouncilCommands.Priorities priorities) {
        api.put(Void.class, priorities, DISTRICT + "/priorities", code);
    }

    public void saveDraft(String code, DistrictCouncilCommands.Draft draft) {
        api.post(Void.class, draft, DISTRICT + "/cooperation-plan/drafts", code);
    }

    public void publish(String code, DistrictCouncilCommands.Publication publication) {
        api.post(Void.class, publication, DISTRICT + "/cooperation-plan/publication", code);
    }

    public void scheduleMeeting(String code, DistrictCouncilCommands.Meeting meeting) {
        api.post(Void.class, meeting, DISTRICT + "/meetings", code);
    }

    public void decide(String code, String meetingId, DistrictCouncilCommands.Decision decision) {
        api.post(Void.class, decision, DISTRICT + "/meetings/{meetingId}/decisions", code, meetingId);
    }

    public void assign(String code, String decisionId, DistrictCouncilCommands.Assignment assignment) {
        api.post(Void.class, assignment, DISTRICT + "/decisions/{decisionId}/assignments", code, decisionId);
    }
}
