package dk.samspil.contracts.reference;

/** The id names no local council. */
public class UnknownLocalCouncilException extends RuntimeException {

    private final String id;

    public UnknownLocalCouncilException(String id) {
        super("Ukendt lokalråd: " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
