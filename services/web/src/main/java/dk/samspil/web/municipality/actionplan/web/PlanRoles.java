package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.signin.SignedInUser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who takes an action plan's steps, as the municipality service's access rules say: the consultants and the
 * secretariat draft a plan and keep it (propose, add initiatives, record the presentation and the follow-ups); the
 * leader group and the secretariat adopt it — always for their own municipality.
 */
enum PlanRoles {
    DRAFTING(EnumSet.of(Role.SSP_CONSULTANT, Role.SSP_SECRETARIAT)),
    DECIDING(EnumSet.of(Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT));

    private final Set<Role> roles;

    PlanRoles(Set<Role> roles) {
        this.roles = roles;
    }

    boolean include(SignedInUser user, String kommunekode) {
        return user != null && user.caller().isMunicipality(kommunekode) && user.hasAny(roles);
    }
}
