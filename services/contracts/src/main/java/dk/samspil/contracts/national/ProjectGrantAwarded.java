package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.project-grant-awarded.v1}: the funder awarded the grant applied for. */
public record ProjectGrantAwarded(String projectId, String grantId, String grantor, long amount)
        implements ProjectEvent {
}
