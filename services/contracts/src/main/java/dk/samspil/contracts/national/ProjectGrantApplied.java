package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.project-grant-applied.v1}: a grant applied for at a funder, amount in kr. */
public record ProjectGrantApplied(String projectId, String grantId, String grantor, long amount)
        implements ProjectEvent {
}
