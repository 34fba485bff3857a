package dk.samspil.web.municipality.actionplan.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** The municipality service's action plans: listed, read, proposed, and the plan's commands passed on. */
@Component
public class ActionPlanClient {

    private static final String PLANS = "/api/municipalities/{kommunekode}/action-plans";

    private final SamspilApi api;

    ActionPlanClient(SamspilApi api) {
        this.api = api;
    }

    public List<ActionPlan> plans(String kommunekode) {
        return List.of(api.get(ActionPlan[].class, PLANS, kommunekode));
    }

    public ActionPlan plan(String kommunekode, String id) {
        return api.get(ActionPlan.class, PLANS + "/{id}", kommunekode, id);
    }

    /** @return the new plan's id */
    public String propose(String kommunekode, ActionPlanCommands.Proposal proposal) {
        return api.post(Created.class, proposal, PLANS, kommunekode).id();
    }

    /** {@code command} is the API's name of the command: initiatives, adoption, presentation or follow-ups. */
    public void take(String kommunekode, String id, String command, Object body) {
        api.post(Void.class, body, PLANS + "/{id}/{command}", kommunekode, id, command);
    }

    record Created(String id) {
    }
}
