package dk.samspil.contracts.national;

import java.time.LocalDate;

/**
 * {@code dk.samspil.national-association.forum-coordinator-appointed.v1}: a coordinator, referred to by role and
 * municipality, with a yearly honorarium in whole kroner.
 */
public record ForumCoordinatorAppointed(String forumId, String coordinatorId, String role, String municipalityCode,
                                        String districtCode, long honorarium, LocalDate appointedOn)
        implements ForumEvent {
}
