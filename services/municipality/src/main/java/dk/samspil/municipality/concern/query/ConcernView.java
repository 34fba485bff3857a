package dk.samspil.municipality.concern.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A concern with its steps; {@code resolution} and {@code resolvedAt} are null while it is open. */
public record ConcernView(String concernId, String municipalityCode, String title, String description,
                          List<Theme> themes, ConcernSeverity severity, ConcernStatus status,
                          List<String> municipalityCodes, List<String> districtCodes,
                          List<String> escalatedDistrictCodes, LocalDate observedOn, Instant raisedAt,
                          List<Note> notes, List<Confirmation> confirmations, List<Escalation> escalations,
                          String resolution, Instant resolvedAt) {

    /** {@code severity} is the concern's severity after the note. */
    public record Note(String municipalityCode, Instant at, String text, ConcernSeverity severity) {
    }

    /** {@code note} may be null. */
    public record Confirmation(String municipalityCode, Instant at, String note) {
    }

    public record Escalation(List<String> districtCodes, String reason, Instant at) {
    }
}
