package dk.samspil.local.tokens;

import java.time.Instant;

/** A bearer token and when it stops being accepted. */
public record AccessToken(String value, Instant expiresAt) {

    /** Without the token, which must not reach a log. */
    @Override
    public String toString() {
        return "AccessToken[expires " + expiresAt + "]";
    }
}
