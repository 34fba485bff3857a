package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.reference.Theme;

import java.util.List;

/**
 * A priority of the district council and which of the district's municipalities address it with initiatives.
 *
 * @param addressedBy    how many municipalities have at least one initiative addressing it
 * @param notAddressedBy the names of the others, in reference-data order
 */
public record PriorityCoverage(Theme theme, String themeLabel, String goal, List<MunicipalityCoverage> municipalities,
                               long addressedBy, List<String> notAddressedBy) {
}
