package dk.samspil.identity;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the organisation and roles into every access token, and the audience the services check. A user's come from
 * the {@link DemoDirectory}; a machine client's from its own registration, or from the {@link OrganisationScope} it
 * was granted. ID tokens carry the user's name as well.
 */
class OrganisationClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final DemoDirectory directory;
    private final String audience;

    OrganisationClaims(DemoDirectory directory, String audience) {
        this.directory = directory;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            claims.audience(List.of(audience));
            put(claims, membershipOf(context));
            if (!AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                // The pages greet the user by name; they see only the access token the gateway relays.
                claims.claim(SamspilClaims.NAME, userOf(context).name());
            }
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            DemoUser user = userOf(context);
            claims.claim(SamspilClaims.NAME, user.name());
            put(claims, user.membership());
        }
    }

    private Membership membershipOf(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            // Only a client that acts for any organisation can have been granted an organisation scope.
            return OrganisationScope.in(context.getAuthorizedScopes())
                    .map(OrganisationScope::staffMembership)
                    .or(() -> RegisteredClients.membership(context.getRegisteredClient()))
                    .orElseThrow(() -> new IllegalStateException(
                            "Client '%s' has no organisation".formatted(context.getRegisteredClient().getClientId())));
        }
        return userOf(context).membership();
    }

    private DemoUser userOf(JwtEncodingContext context) {
        String username = context.getPrincipal().getName();
        return directory.user(username)
                .orElseThrow(() -> new IllegalStateException("User '%s' is not in the directory".formatted(username)));
    }

    private static void put(JwtClaimsSet.Builder claims, Membership membership) {
        Organisation organisation = membership.organisation();
        claims.claim(SamspilClaims.ORG_TYPE, organisation.type().name());
        if (organisation.code() != null) {
            claims.claim(SamspilClaims.ORG_CODE, organisation.code());
        }
        claims.claim(SamspilClaims.ROLES, membership.roles().stream().map(Role::name).toList());
    }
}
