package dk.samspil.local.chaos;

/** How a command ended for the client that sent it. Only {@link #ACKNOWLEDGED} promises that it took effect. */
enum Outcome {

    ACKNOWLEDGED("kvitteret (2xx)"),
    REFUSED("afvist (4xx)"),
    FAILED("fejl (5xx)"),
    TIMED_OUT("intet svar inden for 30 s"),
    UNREACHABLE("ingen forbindelse"),
    NO_TOKEN("intet token fra identity");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Outcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return ACKNOWLEDGED;
        }
        return status >= 500 ? FAILED : REFUSED;
    }
}
