package dk.samspil.nationalassociation;

import dk.samspil.platform.security.Access;
import dk.samspil.platform.security.AccessRules;
import dk.samspil.platform.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import java.util.Set;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what in SSP-Samrådet: the secretariat runs projects, forums and gatherings, the board reads them; the
 * national picture (overview, trends, annual report) is aggregated and also for analysts and the district councils.
 */
@Component
class NationalAssociationAccessRules implements AccessRules {

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                        Access access) {
        Set<Role> aggregateReaders = Role.union(Role.NATIONAL, Role.DISTRICT_COUNCIL, Set.of(Role.ANALYST));

        requests
                .requestMatchers(GET, "/api/national/overview", "/api/national/trends", "/api/national/annual-report/*")
                .access(access.anyOrganisation(aggregateReaders))
                .requestMatchers(GET, "/api/national/**").access(access.anyOrganisation(Role.NATIONAL))
                .requestMatchers(POST, "/api/national/**").access(access.anyOrganisation(Role.NATIONAL_SECRETARIAT));
    }
}
