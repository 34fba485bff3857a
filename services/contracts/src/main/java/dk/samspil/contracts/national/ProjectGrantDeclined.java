package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.project-grant-declined.v1}: a grant applied for or awarded came to nothing. */
public record ProjectGrantDeclined(String projectId, String grantId, String grantor, long amount)
        implements ProjectEvent {
}
