package dk.samspil.local.tokens;

import java.util.Locale;
import java.util.Objects;

/** The organisation a call to the API is made for: what the demo client's token says it acts for. */
public record Organisation(OrganisationType type, String code) {

    public static final Organisation NATIONAL_ASSOCIATION =
            new Organisation(OrganisationType.NATIONAL_ASSOCIATION, "SSP-SAMRAADET");

    public Organisation {
        Objects.requireNonNull(type, "type");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An organisation of type " + type + " needs a code");
        }
    }

    public static Organisation municipality(String kommunekode) {
        return new Organisation(OrganisationType.MUNICIPALITY, kommunekode);
    }

    public static Organisation localCouncil(String id) {
        return new Organisation(OrganisationType.LOCAL_COUNCIL, id);
    }

    public static Organisation districtCouncil(String politikredskode) {
        return new Organisation(OrganisationType.DISTRICT_COUNCIL, politikredskode);
    }

    /** {@code MUNICIPALITY:0336}, as {@link #toString()} writes it. */
    public static Organisation parse(String typeAndCode) {
        String[] parts = typeAndCode.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + typeAndCode + "' er ikke <TYPE>:<KODE>, fx MUNICIPALITY:0336");
        }
        try {
            return new Organisation(OrganisationType.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)), parts[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + typeAndCode + "': typen er en af MUNICIPALITY, LOCAL_COUNCIL, "
                    + "DISTRICT_COUNCIL, NATIONAL_ASSOCIATION, og koden må ikke mangle");
        }
    }

    /** The scope with which the demo client asks the identity provider for a token for this organisation. */
    public String scope() {
        return "organisation:" + type.name() + ":" + code;
    }

    @Override
    public String toString() {
        return type.name() + ":" + code;
    }
}
