package dk.samspil.contracts.localcouncil;

/** The direction of local crime development for one theme over a report's period. */
public enum Trend {
    UP("stigende"),
    FLAT("uændret"),
    DOWN("faldende");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
