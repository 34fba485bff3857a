package dk.samspil.web.municipality.concern.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Role;
import dk.samspil.web.municipality.concern.query.Concern;
import dk.samspil.web.signin.SignedInUser;

import java.util.Optional;

/**
 * The steps the page offers the signed-in user on a concern: only SSP staff of a municipality act on concerns, and
 * only on open ones; the service still decides.
 */
record OfferedSteps(boolean update, boolean confirm, boolean escalate, boolean resolve) {

    static OfferedSteps of(Concern concern, SignedInUser user) {
        Optional<String> own = user.municipality().filter(code -> user.hasAny(Role.MUNICIPAL_STAFF));
        if (own.isEmpty() || !concern.isOpen()) {
            return new OfferedSteps(false, false, false, false);
        }
        String municipality = own.get();
        boolean raisedHere = concern.raisedBy().equals(municipality);
        return new OfferedSteps(raisedHere || inArea(concern, municipality) || concern.isConfirmedBy(municipality),
                !raisedHere && !concern.isConfirmedBy(municipality), true, true);
    }

    public boolean any() {
        return update || confirm || escalate || resolve;
    }

    private static boolean inArea(Concern concern, String municipality) {
        String district = ReferenceData.instance().findMunicipality(municipality)
                .map(found -> found.districtCode()).orElse("");
        return concern.area().municipalities().stream().anyMatch(named -> named.code().equals(municipality))
                || concern.area().districts().stream().anyMatch(named -> named.code().equals(district));
    }
}
