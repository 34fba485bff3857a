package dk.samspil.local.tokens;

/** The identity provider gave no token (unreachable, wrong password, unknown organisation); the message says why. */
public class TokenException extends RuntimeException {

    public TokenException(String message) {
        super(message);
    }

    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
