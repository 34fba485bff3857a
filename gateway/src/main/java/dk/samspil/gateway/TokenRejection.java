package dk.samspil.gateway;

import java.text.ParseException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.proc.BadJOSEException;

/**
 * Why a request gets 401: no token, or what is wrong with the one it carries. The Danish detail goes into the problem
 * body, the English description into {@code WWW-Authenticate}; neither repeats anything from the token itself
 * (Spring's own messages may quote parts of an unreadable token).
 */
enum TokenRejection {

    MISSING(null,
            "Forespørgslen har intet adgangstoken. Log ind, og send tokenet i headeren 'Authorization: Bearer <token>'."),
    UNREADABLE("The access token is malformed",
            "Adgangstokenet kan ikke læses som et signeret JWT."),
    UNVERIFIABLE_SIGNATURE("The access token signature cannot be verified",
            "Adgangstokenets signatur kan ikke verificeres med login-tjenestens nøgler."),
    EXPIRED("The access token has expired",
            "Adgangstokenet er udløbet. Log ind igen."),
    NOT_YET_VALID("The access token is not valid yet",
            "Adgangstokenet er endnu ikke gyldigt (nbf)."),
    WRONG_ISSUER("The access token was issued by another issuer",
            "Adgangstokenet er udstedt af en anden login-tjeneste end Samspils (iss)."),
    WRONG_AUDIENCE("The access token is not meant for Samspil",
            "Adgangstokenet er ikke udstedt til Samspil (aud)."),
    INVALID("The access token is invalid",
            "Adgangstokenet er ugyldigt.");

    /** Spring's {@code JwtClaimValidator} describes a failed claim this way. */
    private static final Pattern CLAIM_NOT_VALID = Pattern.compile("The (\\w+) claim is not valid");

    private final String description;
    private final String detail;

    TokenRejection(String description, String detail) {
        this.description = description;
        this.detail = detail;
    }

    /** The {@code WWW-Authenticate} value (RFC 6750, section 3). */
    String challenge() {
        return this == MISSING
                ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"" + description + "\"";
    }

    String detail() {
        return detail;
    }

    /** Why the bearer token of a failed authentication was rejected. */
    static TokenRejection of(AuthenticationException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid) {
                return ofValidationErrors(invalid.getErrors());
            }
            if (cause instanceof BadJOSEException) {
                // Nimbus: the signature is wrong, no published key matches its key id, or the algorithm is not RS256.
                return UNVERIFIABLE_SIGNATURE;
            }
            if (cause instanceof ParseException) {
                return UNREADABLE;
            }
        }
        // Refused before any decoding: the Authorization header's token has characters no token can have.
        if (failure instanceof OAuth2AuthenticationException && failure.getCause() == null) {
            return UNREADABLE;
        }
        return INVALID;
    }

    private static TokenRejection ofValidationErrors(Collection<OAuth2Error> errors) {
        for (OAuth2Error error : errors) {
            String description = error.getDescription() == null ? "" : error.getDescription();
            if (description.startsWith("Jwt expired")) {
                return EXPIRED;
            }
            if (description.startsWith("Jwt used before")) {
                return NOT_YET_VALID;
            }
            Matcher claim = CLAIM_NOT_VALID.matcher(description);
            String failedClaim = claim.find() ? claim.group(1) : "";
            if (failedClaim.equals("iss")) {
                return WRONG_ISSUER;
            }
            if (failedClaim.equals("aud")) {
                return WRONG_AUDIENCE;
            }
        }
        return INVALID;
    }
}
