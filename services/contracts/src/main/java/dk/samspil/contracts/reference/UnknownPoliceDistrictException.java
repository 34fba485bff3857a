package dk.samspil.contracts.reference;

/** The code names none of the twelve police districts. */
public class UnknownPoliceDistrictException extends RuntimeException {

    private final String code;

    public UnknownPoliceDistrictException(String code) {
        super("Ukendt politikreds: " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
