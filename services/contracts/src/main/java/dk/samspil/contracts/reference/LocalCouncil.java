package dk.samspil.contracts.reference;

import java.util.List;

/** A local council (lokalråd): carries the district council's decisions out in the municipalities it covers. */
public record LocalCouncil(String id, String name, String districtCode, List<String> municipalityCodes) {

    public LocalCouncil {
        municipalityCodes = List.copyOf(municipalityCodes);
    }
}
