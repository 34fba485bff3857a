package dk.samspil.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's table of who may call which of its endpoints. The platform adds the rules every service shares
 * (actuator, audit, erasure) before them, and refuses whatever no rule names.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                 Access access);
}
