package dk.samspil.municipality.concernfeed.command;

import java.util.List;
import java.util.Objects;

/**
 * Where concerns must touch to interest the subscriber: its own police district, named districts, named
 * municipalities, or the whole country.
 */
public record SubscriptionArea(boolean ownDistrict, List<String> districtCodes, List<String> municipalityCodes,
                               boolean national) {

    public SubscriptionArea {
        districtCodes = withoutNulls(districtCodes);
        municipalityCodes = withoutNulls(municipalityCodes);
    }

    private static List<String> withoutNulls(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(Objects::nonNull).toList();
    }

    public boolean namesNothing() {
        return !ownDistrict && !national && districtCodes.isEmpty() && municipalityCodes.isEmpty();
    }
}
