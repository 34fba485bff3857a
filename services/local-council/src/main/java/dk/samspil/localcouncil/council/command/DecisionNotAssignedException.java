package dk.samspil.localcouncil.council.command;

/** The local council has received no decision with this id from its district council. */
public class DecisionNotAssignedException extends RuntimeException {

    private final String decisionId;

    public DecisionNotAssignedException(String localCouncilId, String decisionId) {
        super("Lokalråd " + localCouncilId + " har ikke fået tildelt beslutning " + decisionId);
        this.decisionId = decisionId;
    }

    public String decisionId() {
        return decisionId;
    }
}
