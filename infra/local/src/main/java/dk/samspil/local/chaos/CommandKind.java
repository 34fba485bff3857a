package dk.samspil.local.chaos;

/** What a command of the load does, and the event it makes in the municipality's event store when it succeeds. */
enum CommandKind {

    REGISTER_INITIATIVE("registrér indsats", "InitiativeRegisteredEvent", "initiative-registered"),
    SUBMIT_INITIATIVE("indsend indsats", "InitiativeSubmittedEvent", "initiative-submitted"),
    APPROVE_INITIATIVE("godkend indsats", "InitiativeApprovedEvent", "initiative-approved"),
    WITHDRAW_INITIATIVE("træk indsats tilbage", "InitiativeWithdrawnEvent", "initiative-withdrawn"),
    RAISE_CONCERN("rejs bekymring", "ConcernRaisedEvent", "concern-raised");

    private final String label;
    private final String event;
    private final String publishedAs;

    CommandKind(String label, String event, String publishedAs) {
        this.label = label;
        this.event = event;
        this.publishedAs = publishedAs;
    }

    String label() {
        return label;
    }

    /** The simple class name of the stored event (the event store's payload type ends with it). */
    String event() {
        return event;
    }

    /** Whether a CloudEvents type ({@code dk.samspil.municipality.initiative-submitted.v1}) is this command's event. */
    boolean publishedAs(String type) {
        return type.contains("." + publishedAs + ".v");
    }
}
