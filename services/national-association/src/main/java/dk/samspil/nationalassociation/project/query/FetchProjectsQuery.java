package dk.samspil.nationalassociation.project.query;

/** Every project, by name. */
public record FetchProjectsQuery() {
}
