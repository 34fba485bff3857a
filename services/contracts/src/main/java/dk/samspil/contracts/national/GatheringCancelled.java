package dk.samspil.contracts.national;

/** {@code dk.samspil.national-association.gathering-cancelled.v1}: the planned gathering will not take place. */
public record GatheringCancelled(String gatheringId, GatheringKind kind, String districtCode, String reason)
        implements GatheringEvent {
}
