package dk.samspil.contracts.districtcouncil;

import dk.samspil.contracts.reference.Theme;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.district-council.decision-made.v1}: a decision at a meeting, assigned to the local councils in
 * {@code localCouncilIds} (possibly none yet) to carry out by {@code dueDate}.
 */
public record DecisionMade(String districtCode, String meetingId, String decisionId, String title, String description,
                           List<Theme> themes, List<String> localCouncilIds, LocalDate dueDate)
        implements DistrictCouncilEvent {
}
