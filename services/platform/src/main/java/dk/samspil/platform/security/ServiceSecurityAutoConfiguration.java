package dk.samspil.platform.security;

import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.platform.axon.AxonPlatformAutoConfiguration;
import dk.samspil.platform.provenance.Actor;
import dk.samspil.platform.provenance.ActorResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token again (signature, issuer, audience)
 * although the gateway did, and lets a request through only if one of its {@link AccessRules} grants it. Health
 * probes are open; metrics are for operators.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, AxonPlatformAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ServiceSecurityAutoConfiguration {

    @Bean
    Access access(LocalCouncils localCouncils) {
        return new Access(localCouncils);
    }

    /** A service's API rules; a module with pages of its own (the web) brings its own chain instead. */
    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain samspilSecurity(HttpSecurity http, List<AccessRules> services, Access access, ObjectMapper json)
            throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/error", "/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**").access(access.anyOrganisation(Role.OPERATOR));
                    requests.requestMatchers(HttpMethod.GET, "/api/audit").access(access.anyOrganisation(Role.AUDITOR));
                    requests.requestMatchers(HttpMethod.POST, "/api/personal-data/erasure")
                            .access(access.anyOrganisation(Role.DPO, Role.SSP_SECRETARIAT, Role.NATIONAL_SECRETARIAT));
                    services.forEach(service -> service.declare(requests, access));
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(failures -> failures.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Keys are fetched from the issuer's JWK set on the first token, so a service starts without the issuer. */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                          @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
                          @Value("${spring.security.oauth2.resourceserver.jwt.audiences}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(TokenValidation.validator(issuer, audience));
        return decoder;
    }

    @Bean
    ActorResolver tokenActors() {
        return request -> Caller.current()
                .map(caller -> new Actor(caller.subject(), caller.organisation()))
                .orElse(Actor.ANONYMOUS);
    }
}
