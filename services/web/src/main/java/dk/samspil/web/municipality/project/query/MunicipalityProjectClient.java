package dk.samspil.web.municipality.project.query;

import dk.samspil.web.api.SamspilApi;
import org.springframework.stereotype.Component;

import java.util.List;

/** The national projects a municipality takes part in, from the municipality service's read model. */
@Component
public class MunicipalityProjectClient {

    private final SamspilApi api;

    MunicipalityProjectClient(SamspilApi api) {
        this.api = api;
    }

    /** Earliest start first, those the municipality left included. */
    public List<MunicipalityProject> projects(String kommunekode) {
        return List.of(api.get(MunicipalityProject[].class, "/api/municipalities/{kommunekode}/projects", kommunekode));
    }
}
