package dk.samspil.identity;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationValidator;

/**
 * The client credentials grant's check of the requested scopes: the standard one (only scopes registered for the
 * client, so only a client that acts for any organisation can name one, and only a known one), and at most one
 * organisation per token, since a token carries one {@code org_type} and {@code org_code}.
 */
final class OneOrganisationAtATime implements Consumer<OAuth2ClientCredentialsAuthenticationContext> {

    private final Consumer<OAuth2ClientCredentialsAuthenticationContext> registeredScopesOnly =
            new OAuth2ClientCredentialsAuthenticationValidator();

    /** Puts this check into the token endpoint's client credentials provider. */
    static void install(List<AuthenticationProvider> tokenEndpointProviders) {
        tokenEndpointProviders.stream()
                .filter(OAuth2ClientCredentialsAuthenticationProvider.class::isInstance)
                .map(OAuth2ClientCredentialsAuthenticationProvider.class::cast)
                .forEach(provider -> provider.setAuthenticationValidator(new OneOrganisationAtATime()));
    }

    @Override
    public void accept(OAuth2ClientCredentialsAuthenticationContext context) {
        registeredScopesOnly.accept(context);
        OAuth2ClientCredentialsAuthenticationToken request = context.getAuthentication();
        long organisations = request.getScopes().stream()
                .filter(OrganisationScope::isOrganisationScope)
                .count();
        if (organisations > 1) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE,
                    "A token acts for one organisation: ask for one organisation scope", null));
        }
    }
}
