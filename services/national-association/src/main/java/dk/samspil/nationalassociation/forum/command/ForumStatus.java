package dk.samspil.nationalassociation.forum.command;

/** A forum is active until it is closed; a closed forum takes no further steps. */
public enum ForumStatus {
    ACTIVE("aktiv"),
    CLOSED("lukket");

    private final String label;

    ForumStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
