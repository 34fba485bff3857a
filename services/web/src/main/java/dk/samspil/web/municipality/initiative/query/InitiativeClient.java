package dk.samspil.web.municipality.initiative.query;

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

    public Initiative get(String kommunekode, String id) {
        return api.get(Initiative.class, INITIATIVES + "/{id}", kommunekode, id);
    }

    /** Takes the step ({@code submission}, {@code approval}, …); the service answers where the initiative stands. */
    public StepTaken take(String kommunekode, String id, String apiStep, Map<String, Object> body) {
        return api.post(StepTaken.class, body, INITIATIVES + "/{id}/{step}", kommunekode, id, apiStep);
    }

    public record StepTaken(String id, String status, String statusLabel) {
    }
}
