package dk.samspil.nationalassociation.project.command;

/** applied → awarded → accepted, or declined (by the funder or the association). */
public enum GrantStatus implements StatusWithLabel {
    APPLIED("ansøgt"),
    AWARDED("bevilget"),
    ACCEPTED("modtaget"),
    DECLINED("afslået");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
