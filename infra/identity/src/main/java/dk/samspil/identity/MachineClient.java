package dk.samspil.identity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A program that gets its tokens with client credentials (the demo loader, an integration of one organisation).
 * Its tokens carry the organisation and roles registered here; {@code sub} is the client id.
 *
 * @param actsForAnyOrganisation DEVELOPMENT ONLY: the client may ask for a token for any one organisation with the
 *                               scope {@code organisation:<TYPE>:<CODE>} ({@link OrganisationScope}); that token
 *                               carries the organisation's staff roles instead of the ones registered here
 */
public record MachineClient(String clientId, String secret, Organisation organisation, List<Role> roles,
                            boolean actsForAnyOrganisation) {

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    public MachineClient {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new IllegalArgumentException(
                    "client-id '%s' must be 2-64 lower-case letters, digits or hyphens, starting with a letter".formatted(clientId));
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret of client '" + clientId + "' is required");
        }
        roles = new Membership(organisation, roles).roles();
    }

    public Membership membership() {
        return new Membership(organisation, roles);
    }

    /** Without the secret, which must not reach a log. */
    @Override
    public String toString() {
        return "MachineClient[" + clientId + ", " + organisation + ", " + roles
                + (actsForAnyOrganisation ? ", acts for any organisation" : "") + "]";
    }
}
