package dk.samspil.contracts.reference;

/** The value names no theme of the vocabulary. */
public class UnknownThemeException extends RuntimeException {

    private final String value;

    public UnknownThemeException(String value) {
        super("Ukendt tema: " + value);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
