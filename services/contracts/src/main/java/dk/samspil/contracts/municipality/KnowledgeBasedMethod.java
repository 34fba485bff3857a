package dk.samspil.contracts.municipality;

/** A knowledge-based method (vidensbaseret metode) an initiative uses. */
public enum KnowledgeBasedMethod {
    SOCIAL_NORMS("sociale normer / social pejling"),
    PEER_TO_PEER("peer-to-peer"),
    GROUP_SCREENING("gruppescreening"),
    RISK_AND_PROTECTIVE_FACTORS("risiko- og beskyttelsesfaktorer"),
    CRIME_PREVENTIVE_TEACHING("kriminalpræventiv undervisning"),
    RESTORATIVE_PROCESS("konfliktmægling / genoprettende proces"),
    CONCERN_TALKS("bekymringssamtaler"),
    OTHER("anden metode");

    private final String label;

    KnowledgeBasedMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
