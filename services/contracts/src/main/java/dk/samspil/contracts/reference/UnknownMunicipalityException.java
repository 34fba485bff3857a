package dk.samspil.contracts.reference;

/** The code names no municipality: it is malformed, unknown, or not a municipality (Christiansø). */
public class UnknownMunicipalityException extends RuntimeException {

    private final String code;

    public UnknownMunicipalityException(String code, String reason) {
        super(reason);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
