package dk.samspil.municipality;

import dk.samspil.platform.security.Access;
import dk.samspil.platform.security.AccessRule;
import dk.samspil.platform.security.AccessRules;
import dk.samspil.platform.security.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Who may do what in a municipality: its consultants draft and run initiatives and plans, its leader group and
 * secretariat decide (approvals, budgets, pools, adoption); all its SSP staff read, and the district council of its
 * police district reads initiatives, pools and plans. Concerns, the feed and subscriptions are the municipality's own.
 */
@Component
class MunicipalityAccessRules implements AccessRules {

    private static final String MUNICIPALITY = "/api/municipalities/{kommunekode}";
    private static final String KOMMUNEKODE = "kommunekode";

    @Override
    public void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                        Access access) {
        AccessRule staff = access.municipality(KOMMUNEKODE, Role.MUNICIPAL_STAFF);
        AccessRule drafting = access.municipality(KOMMUNEKODE, Role.SSP_CONSULTANT, Role.SSP_SECRETARIAT);
        AccessRule deciding = access.municipality(KOMMUNEKODE, Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT);
        AccessRule staffOrDistrict = staff.or(access.districtOfMunicipality(KOMMUNEKODE, Role.DISTRICT_COUNCIL));

        requests
                .requestMatchers(GET, "/api/reference/**").permitAll()
                .requestMatchers(GET, "/api/initiatives/similar")
                .access(access.anyOrganisation(Role.union(Role.MUNICIPAL_STAFF, Role.NATIONAL)))

                .requestMatchers(POST, MUNICIPALITY + "/initiatives/*/approval", MUNICIPALITY + "/initiatives/*/rejection",
                        MUNICIPALITY + "/initiatives/*/budget-approval",
                        MUNICIPALITY + "/initiatives/*/approval-without-funding").access(deciding)
                .requestMatchers(POST, MUNICIPALITY + "/initiatives", MUNICIPALITY + "/initiatives/*/*").access(drafting)
                .requestMatchers(PUT, MUNICIPALITY + "/initiatives/*/application").access(drafting)
                .requestMatchers(GET, MUNICIPALITY + "/initiatives", MUNICIPALITY + "/initiatives/*").access(staffOrDistrict)

                .requestMatchers(POST, MUNICIPALITY + "/funding-pools").access(deciding)
                .requestMatchers(GET, MUNICIPALITY + "/funding-pools", MUNICIPALITY + "/funding-pools/*").access(staffOrDistrict)

                .requestMatchers(POST, MUNICIPALITY + "/action-plans/*/adoption").access(deciding)
                .requestMatchers(POST, MUNICIPALITY + "/action-plans", MUNICIPALITY + "/action-plans/*/*").access(drafting)
                .requestMatchers(GET, MUNICIPALITY + "/action-plans", MUNICIPALITY + "/action-plans/*").access(staffOrDistrict)

                .requestMatchers(MUNICIPALITY + "/concerns", MUNICIPALITY + "/concern-subscriptions",
                        MUNICIPALITY + "/concern-subscriptions/**", MUNICIPALITY + "/concern-feed",
                        MUNICIPALITY + "/concern-feed/**").access(staff)
                .requestMatchers(GET, MUNICIPALITY + "/projects").access(staff)
                // A concern by id: the controller checks that it concerns the caller's municipality or district.
                .requestMatchers(GET, "/api/concerns/*")
                .access(access.anyOrganisation(Role.union(Role.MUNICIPAL_STAFF, Role.DISTRICT_COUNCIL)))
                .requestMatchers(POST, "/api/concerns/*/*").access(access.anyOrganisation(Role.MUNICIPAL_STAFF));
    }
}
