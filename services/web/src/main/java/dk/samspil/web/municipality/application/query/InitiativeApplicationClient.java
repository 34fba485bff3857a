package dk.samspil.web.municipality.application.query;

import dk.samspil.web.api.SamspilApi;
import dk.samspil.web.municipality.initiative.query.Initiative;
import org.springframework.stereotype.Component;

/** Registers and revises an initiative's application, and asks for similar initiatives across the country. */
@Component
public class InitiativeApplicationClient {

    private static final String INITIATIVES = "/api/municipalities/{code}/initiatives";

    private final SamspilApi api;

    InitiativeApplicationClient(SamspilApi api) {
        this.api = api;
    }

    /** Registers the application as a draft; the new initiative's id. */
    public String register(String municipalityCode, ApplicationRequest application) {
        return api.post(Created.class, application, INITIATIVES, municipalityCode).id();
    }

    public void revise(String municipalityCode, String initiativeId, ApplicationRequest application) {
        api.put(Void.class, application, INITIATIVES + "/{id}/application", municipalityCode, initiativeId);
    }

    public Initiative fetch(String municipalityCode, String initiativeId) {
        return api.get(Initiative.class, INITIATIVES + "/{id}", municipalityCode, initiativeId);
    }

    /** {@code themes} comma-separated; a blank parameter is no criterion. */
    public SimilarInitiativesResponse similar(String text, String themes, String targetGroup, String method) {
        return api.get(SimilarInitiativesResponse.class,
                "/api/initiatives/similar?text={text}&themes={themes}&targetGroup={targetGroup}&method={method}",
                text, themes, targetGroup, method);
    }

    record Created(String id) {
    }
}
