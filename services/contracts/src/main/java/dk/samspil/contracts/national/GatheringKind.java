package dk.samspil.contracts.national;

/** What the association arranges in a district or nationally, with its Danish label. */
public enum GatheringKind {
    COURSE("kursus"),
    THEME_DAY("temadag"),
    WEBINAR("webinar"),
    ANNUAL_MEETING("årsmøde");

    private final String label;

    GatheringKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
