package dk.samspil.web.municipality.concern.query;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A concern as the municipality service reads it out: codes with names, values with their Danish labels. */
public record Concern(String concernId, String raisedBy, String raisedByName, String title, String description,
                      List<Theme> themes, List<String> themeLabels, ConcernSeverity severity, String severityLabel,
                      ConcernStatus status, String statusLabel, Area area, LocalDate observedOn, Instant raisedAt,
                      List<Note> notes, List<Confirmation> confirmations, List<Escalation> escalations,
                      List<Named> escalatedTo, String resolution, Instant resolvedAt) {

    public boolean isOpen() {
        return status != ConcernStatus.RESOLVED;
    }

    public boolean isConfirmedBy(String municipalityCode) {
        return confirmations.stream().anyMatch(confirmation -> confirmation.municipalityCode().equals(municipalityCode));
    }

    /** {@code touchedDistricts} adds the districts of the named municipalities: those it may be escalated to. */
    public record Area(List<Named> municipalities, List<Named> districts, List<Named> touchedDistricts) {
    }

    public record Named(String code, String name) {
    }

    public record Note(String municipalityCode, String municipalityName, Instant at, String text,
                       ConcernSeverity severity, String severityLabel) {
    }

    public record Confirmation(String municipalityCode, String municipalityName, Instant at, String note) {
    }

    public record Escalation(List<Named> districts, String reason, Instant at) {
    }
}
