package dk.samspil.web.signin;

import dk.samspil.platform.security.CallerAuthenticationConverter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The gateway signs the user in and relays their access token with every request; the web service checks that token
 * again (signature, issuer, audience) like every service does. It keeps no session of its own. Forms are protected
 * by a CSRF token in an HttpOnly cookie, which the gateway also checks when the user logs out.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    /** Pages and files anyone may fetch: assets, the public cooperation plans, error pages and health probes. */
    static final String[] OPEN = {"/static/**", "/webjars/**", "/favicon.ico", "/offentlig/**", "/fejl/**", "/error",
            "/actuator/health", "/actuator/health/**"};

    /** Scripts, styles and images come from this origin only; nothing runs inline. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository csrfCookie = new CookieCsrfTokenRepository();
        csrfCookie.setCookieCustomizer(cookie -> cookie.path("/").sameSite("Strict").httpOnly(true));
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The relayed token authenticates every request anew; Spring's default would then replace the CSRF
                // token on each (a stylesheet's request would delete the cookie the page's forms rely on).
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/actuator/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerAuthenticationConverter())))
                .exceptionHandling(failures -> failures.accessDeniedPage("/fejl/adgang"))
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
