package dk.samspil.identity;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    /** The OAuth 2 and OpenID Connect endpoints: /oauth2/**, /.well-known/**, /userinfo, /connect/logout. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        // Only a browser asks for HTML by name; a program without an Accept header gets 401, not the login form.
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.oauth2AuthorizationServer(server -> {
                    // This chain serves the authorization server's endpoints only (the matcher is resolved lazily).
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults())
                            .tokenEndpoint(token -> token.authenticationProviders(OneOrganisationAtATime::install))
                            // Opt-in since Spring Security 7 (on by default before): kept so that discovery still
                            // advertises the device flow. No client is registered for the device_code grant.
                            .deviceAuthorizationEndpoint(Customizer.withDefaults())
                            .deviceVerificationEndpoint(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LoginPage.PATH), browser));
        return http.build();
    }

    /** The login form, the page after login and the actuator. */
    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                        .requestMatchers(LoginPage.PATH, "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LoginPage.PATH));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(DemoDirectory directory, PasswordEncoder passwordEncoder) {
        return new DemoUserDetailsService(directory, passwordEncoder);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, DemoDirectory directory,
                                                          PasswordEncoder passwordEncoder) {
        return RegisteredClients.of(properties, directory, passwordEncoder);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationClaims(DemoDirectory directory, IdentityProperties properties) {
        return new OrganisationClaims(directory, properties.audience());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        RSAKey signingKey = SigningKeys.from(properties.keyStore());
        if (properties.keyStore().configured()) {
            log.info("Tokens are signed with key {} from {}", signingKey.getKeyID(), properties.keyStore().location());
        } else {
            log.info("Tokens are signed with key {}, generated at start: tokens issued before a restart no longer verify",
                    signingKey.getKeyID());
        }
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    /** For the userinfo endpoint, which takes the access tokens this server issued. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }
}
