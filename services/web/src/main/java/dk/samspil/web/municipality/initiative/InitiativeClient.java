package dk.samspil.web.municipality.initiative;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Asks the municipality's service for its initiatives, and passes the steps on, with the user's own token. */
@Component
public class InitiativeClient {

    private static final String INITIATIVES = "/api/municipalities/{kommunekode}/initiatives";

    private final SamspilApi api;

    InitiativeClient(SamspilApi api) {
        this.api = api;
    }

    /** Newest first, as the service lists them. */
    public List<Initiative> list(String kommunekode) {
        Initiative[] initiatives = api.get(Initiative[].class, INITIATIVES, kommunekode);
        return initiatives == null ? List.of() : Arrays.asList(initiatives);
    }

    Initiative get(String kommunekode, String id) {
        return api.get(Initiative.class, INITIATIVES + "/{id}", kommunekode, id);
    }

    /** Takes the step; the service answers where the initiative stands after it. */
    StepTaken take(String kommunekode, String id, InitiativeStep step, Map<String, Object> body) {
        return api.post(StepTaken.class, body, INITIATIVES + "/{id}/{step}", kommunekode, id, step.apiPath());
    }

    record StepTaken(String id, String status, String statusLabel) {
    }
}
