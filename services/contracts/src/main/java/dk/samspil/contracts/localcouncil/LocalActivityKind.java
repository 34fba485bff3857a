package dk.samspil.contracts.localcouncil;

/** The two kinds of local activity a local council records. */
public enum LocalActivityKind {
    PREVENTIVE("forebyggende"),
    SAFETY_CREATING("tryghedsskabende");

    private final String label;

    LocalActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
