package dk.samspil.contracts.events;

import java.net.URI;

/** CloudEvents {@code source} values: the organisation that produced an event. */
public final class Sources {

    private Sources() {
    }

    public static URI municipality(String kommunekode) {
        return URI.create("/municipalities/" + kommunekode);
    }

    public static URI localCouncil(String localCouncilId) {
        return URI.create("/local-councils/" + localCouncilId);
    }

    public static URI districtCouncil(String politikredskode) {
        return URI.create("/district-councils/" + politikredskode);
    }

    /** The national association (SSP-Samrådet): one organisation, so one source. */
    public static URI nationalAssociation() {
        return URI.create("/national-association");
    }
}
