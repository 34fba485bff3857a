package dk.samspil.contracts.national;

/** What a forum of the national association is: a national professional forum or a municipal experience network. */
public enum ForumKind {
    PROFESSIONAL_FORUM("fagforum"),
    EXPERIENCE_NETWORK("erfaringsnetværk");

    private final String label;

    ForumKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
