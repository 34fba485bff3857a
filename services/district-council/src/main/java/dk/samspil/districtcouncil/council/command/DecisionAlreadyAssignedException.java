package dk.samspil.districtcouncil.council.command;

import java.util.List;

/** The decision is already assigned to (some of) the local councils named. */
public class DecisionAlreadyAssignedException extends RuntimeException {

    private final List<String> assignedLocalCouncilIds;

    public DecisionAlreadyAssignedException(String decisionId, List<String> alreadyAssigned,
                                            List<String> assignedLocalCouncilIds) {
        super("Beslutning " + decisionId + " er allerede tildelt " + String.join(", ", alreadyAssigned));
        this.assignedLocalCouncilIds = List.copyOf(assignedLocalCouncilIds);
    }

    public List<String> assignedLocalCouncilIds() {
        return assignedLocalCouncilIds;
    }
}
