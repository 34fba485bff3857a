package dk.samspil.contracts.municipality;

/** {@code dk.samspil.municipality.concern-resolved.v1}: the raising municipality resolved the concern. */
public record ConcernResolved(String concernId, String municipalityCode, String resolution, ConcernStatus status)
        implements ConcernEvent {
}
