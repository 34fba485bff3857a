package dk.samspil.municipality.concern.command;

/** A municipality outside the concern's area tried a step only the municipalities in it may take. */
public class OutsideConcernAreaException extends RuntimeException {

    public OutsideConcernAreaException(String message) {
        super(message);
    }
}
