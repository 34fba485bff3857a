package dk.samspil.districtcouncil.council.command;

/** Where the cooperation plan stands: no draft yet, a latest draft not yet published, or the latest draft published. */
public enum CooperationPlanStatus {
    NONE("intet udkast"),
    DRAFTED("udkast"),
    PUBLISHED("offentliggjort");

    private final String label;

    CooperationPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
