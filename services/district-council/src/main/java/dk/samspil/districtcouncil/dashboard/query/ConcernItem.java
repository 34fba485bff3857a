package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;

import java.util.List;

/**
 * A concern as a district dashboard lists it, with the Danish labels of its codes.
 *
 * @param raisedBy          the kommunekode of the municipality that raised it
 * @param municipalityCodes the municipalities of its area, the raising one first
 * @param escalatedTo       the police districts it has been escalated to
 */
public record ConcernItem(String concernId, String title, List<Theme> themes, List<String> themeLabels,
                          ConcernSeverity severity, String severityLabel, ConcernStatus status, String statusLabel,
                          String raisedBy, String raisedByName, List<String> municipalityCodes,
                          List<String> escalatedTo) {

    static ConcernItem of(String concernId, String title, List<Theme> themes, ConcernSeverity severity,
                          ConcernStatus status, String raisedBy, String raisedByName, List<String> municipalityCodes,
                          List<String> escalatedTo) {
        return new ConcernItem(concernId, title, themes, themes.stream().map(Theme::label).toList(), severity,
                severity == null ? null : severity.label(), status, status.label(), raisedBy, raisedByName,
                municipalityCodes, escalatedTo);
    }
}
