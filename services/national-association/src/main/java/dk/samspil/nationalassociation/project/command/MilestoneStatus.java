package dk.samspil.nationalassociation.project.command;

/** A milestone is open until it is reached; overdue is an open one past its due date (seen in the read model). */
public enum MilestoneStatus implements StatusWithLabel {
    OPEN("åben"),
    REACHED("nået");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
