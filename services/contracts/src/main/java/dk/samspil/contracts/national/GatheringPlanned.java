package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.gathering-planned.v1}: a course, theme day, webinar or annual meeting
 * planned for {@code date} in police district {@code districtCode} (null: national), arranged by {@code organiser}
 * (an organisation, never a person).
 */
public record GatheringPlanned(String gatheringId, GatheringKind kind, String districtCode, String subject,
                               LocalDate date, String organiser) implements GatheringEvent {
}
