package dk.samspil.local;

/** The local stack could not start (or a service could not); the message says why, in terms a developer can act on. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
