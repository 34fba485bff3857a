package dk.samspil.identity;

import java.util.List;
import java.util.Objects;

/** An organisation and the roles held in it: everything the tokens say about whom they were issued to. */
public record Membership(Organisation organisation, List<Role> roles) {

    public Membership {
        Objects.requireNonNull(organisation, "organisation is required");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is required");
        }
        roles = List.copyOf(roles);
        for (Role role : roles) {
            if (!role.fits(organisation.type())) {
                throw new IllegalArgumentException("role %s does not belong to a %s".formatted(role, organisation.type()));
            }
        }
    }
}
