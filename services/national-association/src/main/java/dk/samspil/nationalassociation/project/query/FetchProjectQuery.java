package dk.samspil.nationalassociation.project.query;

public record FetchProjectQuery(String projectId) {
}
