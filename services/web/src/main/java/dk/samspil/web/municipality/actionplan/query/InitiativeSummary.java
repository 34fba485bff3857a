package dk.samspil.web.municipality.actionplan.query;

/**
 * What the plan and pool pages need of one of the municipality's initiatives, as
 * {@code GET /api/municipalities/{kommunekode}/initiatives} answers it: its name and where it stands.
 */
public record InitiativeSummary(String id, String status, String statusLabel, Application application) {

    public String name() {
        return application == null || application.name() == null || application.name().isBlank()
                ? "(uden navn)" : application.name();
    }

    public record Application(String name) {
    }
}
