package dk.samspil.contracts.events;

/** A record that cannot be read as a contract event: it belongs in a dead-letter topic, not in a retry loop. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
