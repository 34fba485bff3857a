package dk.samspil.localcouncil;

import dk.samspil.platform.security.Access;
import dk.samspil.platform.security.AccessRule;
import dk.samspil.platform.security.AccessRules;
import dk.samspil.platform.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.Set;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what in a local council: its members report, record activities and implement the district council's
 * decisions; the SSP staff of its municipality and the district council of its police district read along. The list
 * of local councils is reference data, public.
 */
@Component
class LocalCouncilAccessRules implements AccessRules {

    private static final String LOCAL_COUNCIL = "/api/local-councils/{id}";
    private static final String ID = "id";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                        Access access) {
        AccessRule members = access.localCouncil(ID, Set.of(Role.LOCAL_COUNCIL_MEMBER));
        requests
                .requestMatchers(GET, "/api/local-councils").permitAll()
                .requestMatchers(GET, LOCAL_COUNCIL, LOCAL_COUNCIL + "/**").access(members
                        .or(access.municipalityOfLocalCouncil(ID, Role.MUNICIPAL_STAFF))
                        .or(access.districtOfLocalCouncil(ID, Role.DISTRICT_COUNCIL)))
                .requestMatchers(POST, LOCAL_COUNCIL + "/**").access(members);
    }
}
