package dk.samspil.web.municipality.actionplan.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** The municipality's initiatives by name and status, for pages that name the initiatives they show or offer. */
@Component
public class InitiativeSummaries {

    private final SamspilApi api;

    InitiativeSummaries(SamspilApi api) {
        this.api = api;
    }

    /** Newest first, as the service lists them. */
    public List<InitiativeSummary> of(String kommunekode) {
        return List.of(api.get(InitiativeSummary[].class, "/api/municipalities/{kommunekode}/initiatives",
                kommunekode));
    }
}
