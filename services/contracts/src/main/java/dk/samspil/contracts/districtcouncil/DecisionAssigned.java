package dk.samspil.contracts.districtcouncil;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code dk.samspil.district-council.decision-assigned.v1}: an earlier decision was also assigned to the local councils
 * in {@code localCouncilIds}; {@code assignedLocalCouncilIds} are all it is assigned to now. Title, description and
 * due date travel along so a local council sees the decision without having read its making.
 */
public record DecisionAssigned(String districtCode, String decisionId, String title, String description,
                               List<String> localCouncilIds, List<String> assignedLocalCouncilIds, LocalDate dueDate)
        implements DistrictCouncilEvent {
}
