package dk.samspil.contracts.municipality;

/** Who an initiative is aimed at (målgruppe). */
public enum TargetGroup {
    CHILDREN_AND_YOUNG_PEOPLE("børn og unge"),
    PARENTS_AND_FAMILY("forældre og familie"),
    PROFESSIONALS("fagpersoner");

    private final String label;

    TargetGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
