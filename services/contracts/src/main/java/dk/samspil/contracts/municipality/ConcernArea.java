package dk.samspil.contracts.municipality;

import dk.samspil.contracts.reference.ReferenceData;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Where a concern is seen: named municipalities and named police districts. */
public final class ConcernArea {

    private ConcernArea() {
    }

    /** The police districts a concern touches: those named, and those of the named municipalities. */
    public static Set<String> touchedDistricts(Collection<String> municipalityCodes, Collection<String> districtCodes) {
        Set<String> touched = new LinkedHashSet<>();
        ReferenceData reference = ReferenceData.instance();
        municipalityCodes.forEach(code -> touched.add(reference.municipality(code).districtCode()));
        touched.addAll(districtCodes);
        return touched;
    }

    /** Whether the concern touches the municipality: named itself, or its police district named. */
    public static boolean touchesMunicipality(String kommunekode, List<String> municipalityCodes, List<String> districtCodes) {
        String code = ReferenceData.normaliseKommunekode(kommunekode);
        return municipalityCodes.contains(code)
                || districtCodes.contains(ReferenceData.instance().municipality(code).districtCode());
    }
}
