package dk.samspil.web.localcouncil.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** Asks the local council's service for a council's work, and sends it the council's steps. */
@Component
public class LocalCouncilClient {

    private static final String COUNCIL = "/api/local-councils/{id}";

    private final SamspilApi api;

    LocalCouncilClient(SamspilApi api) {
        this.api = api;
    }

    public LocalCouncilPage page(String id) {
        return new LocalCouncilPage(api.get(LocalCouncil.class, COUNCIL, id),
                List.of(api.get(LocalActivity[].class, COUNCIL + "/activities", id)),
                List.of(api.get(LocalReport[].class, COUNCIL + "/reports", id)),
                List.of(api.get(AssignedDecision[].class, COUNCIL + "/decisions", id)));
    }

    public void recordActivity(String id, LocalCouncilCommands.Activity activity) {
        api.post(Void.class, activity, COUNCIL + "/activities", id);
    }

    public void submitReport(String id, LocalCouncilCommands.Report report) {
        api.post(Void.class, report, COUNCIL + "/reports", id);
    }

    public void reportImplementation(String id, String decisionId, LocalCouncilCommands.Implementation step) {
        api.post(Void.class, step, COUNCIL + "/decisions/{decisionId}/implementation", id, decisionId);
    }
}
