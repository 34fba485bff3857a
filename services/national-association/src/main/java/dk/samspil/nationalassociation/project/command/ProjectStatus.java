package dk.samspil.nationalassociation.project.command;

/** proposed → funding applied → funded → running → completed, or stopped on the way. */
public enum ProjectStatus implements StatusWithLabel {
    PROPOSED("foreslået"),
    FUNDING_APPLIED("ansøgt om midler"),
    FUNDED("finansieret"),
    RUNNING("i gang"),
    COMPLETED("afsluttet"),
    STOPPED("stoppet");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean closed() {
        return this == COMPLETED || this == STOPPED;
    }
}
