package dk.samspil.districtcouncil;

import dk.samspil.platform.security.Access;
import dk.samspil.platform.security.AccessRule;
import dk.samspil.platform.security.AccessRules;
import dk.samspil.platform.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.Set;

import static org.springframework.http.HttpMethod.GET;

/**
 * Who may do what in a district council: its members and secretariat do the council's work; the dashboard (figures)
 * is also for the SSP staff of the district's municipalities, SSP-Samrådet and analysts. The published cooperation
 * plan is public.
 */
@Component
class DistrictCouncilAccessRules implements AccessRules {

    private static final String DISTRICT = "/api/districts/{code}";
    private static final String CODE = "code";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                        Access access) {
        AccessRule council = access.district(CODE, Role.DISTRICT_COUNCIL);

        requests
                .requestMatchers(GET, DISTRICT + "/cooperation-plan").permitAll()
                .requestMatchers(GET, DISTRICT + "/dashboard").access(council
                        .or(access.municipalityInDistrict(CODE, Role.MUNICIPAL_STAFF))
                        .or(access.anyOrganisation(Role.union(Role.NATIONAL, Set.of(Role.ANALYST)))))
                .requestMatchers(GET, DISTRICT + "/council").access(council.or(access.anyOrganisation(Role.NATIONAL)))
                .requestMatchers(DISTRICT + "/**").access(council);
    }
}
