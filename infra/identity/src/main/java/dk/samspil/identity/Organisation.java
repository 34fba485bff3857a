package dk.samspil.identity;

import java.util.Objects;

/** The organisation a user or machine client acts for: the {@code org_type} and {@code org_code} claims. */
public record Organisation(OrganisationType type, String code) {

    public Organisation {
        Objects.requireNonNull(type, "organisation.type is required");
        if (code != null && code.isBlank()) {
            code = null;
        }
        if (!type.accepts(code)) {
            throw new IllegalArgumentException(type.hasCode()
                    ? "organisation.code '%s' is not a code of %s".formatted(code, type)
                    : "organisation.code must be empty for " + type);
        }
    }
}
