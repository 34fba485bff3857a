package dk.samspil.contracts.national;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.national-association.gathering-held.v1}: the gathering took place on {@code heldOn}, with its
 * participants per municipality (each municipality once) and their sum.
 */
public record GatheringHeld(String gatheringId, GatheringKind kind, String districtCode, String subject,
                            LocalDate heldOn, List<GatheringParticipants> participants, int totalParticipants)
        implements GatheringEvent {
}
