package dk.samspil.web.live.messaging;

import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.live.web.LiveChannels;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.Set;

/**
 * Which pages an event's source concerns: a municipality's or local council's change shows on its district's page
 * and on the national picture; a district council's on its own page and the national picture; the national
 * association's (projects, gatherings) on every page, since pilot projects and gatherings appear on district pages.
 */
@Component
class ChangedOrganisations {

    private final ReferenceData reference = ReferenceData.instance();
    private final LocalCouncils localCouncils;

    ChangedOrganisations(LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
    }

    Set<String> channelsOf(URI source) {
        String[] parts = source.getPath().split("/");
        String kind = parts.length > 1 ? parts[1] : "";
        String code = parts.length > 2 ? parts[2] : "";
        return switch (kind) {
            case "municipalities" -> reference.findMunicipality(code)
                    .map(municipality -> district(municipality.districtCode())).orElse(national());
            case "local-councils" -> localCouncils.find(code)
                    .map(council -> district(council.districtCode())).orElse(national());
            case "district-councils" -> district(code);
            default -> LiveChannels.everyChannel();
        };
    }

    private static Set<String> district(String code) {
        return Set.of(LiveChannels.district(code), LiveChannels.NATIONAL);
    }

    private static Set<String> national() {
        return Set.of(LiveChannels.NATIONAL);
    }
}
