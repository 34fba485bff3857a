package dk.samspil.contracts.municipality;

/**
 * {@code dk.samspil.municipality.concern-updated.v1}: a municipality in the concern's area added a note, perhaps with a
 * new severity ({@code severity} is the severity after the update).
 */
public record ConcernUpdated(String concernId, String municipalityCode, String updatedBy, String note,
                             ConcernSeverity severity, ConcernStatus status) implements ConcernEvent {
}
