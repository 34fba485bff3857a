package dk.samspil.contracts.districtcouncil;

/** What a district-council meeting's agenda item is about. */
public enum AgendaItemKind {
    ACTION_PLAN("handleplan"),
    ESCALATED_CONCERN("eskaleret bekymring"),
    LOCAL_REPORT("lokalrapport"),
    OTHER("andet");

    private final String label;

    AgendaItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
