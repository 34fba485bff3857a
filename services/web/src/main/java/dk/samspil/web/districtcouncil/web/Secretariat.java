package dk.samspil.web.districtcouncil.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.signin.SignedInUser;

import java.util.Set;

/** The council's secretariat takes its steps; its members read along. */
final class Secretariat {

    private Secretariat() {
    }

    static boolean mayAct(SignedInUser user) {
        return user != null && user.hasAny(Set.of(Role.DISTRICT_SECRETARIAT));
    }
}
