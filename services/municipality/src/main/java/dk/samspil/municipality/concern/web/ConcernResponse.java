package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernArea;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.municipality.concern.query.ConcernView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** A concern as clients read it: every code with its name, every value of the vocabulary with its Danish label. */
record ConcernResponse(String concernId, String raisedBy, String raisedByName, String title, String description,
                       List<Theme> themes, List<String> themeLabels, ConcernSeverity severity, String severityLabel,
                       ConcernStatus status, String statusLabel, Area area, LocalDate observedOn, Instant raisedAt,
                       List<Note> notes, List<Confirmation> confirmations, List<Escalation> escalations,
                       List<Named> escalatedTo, String resolution, Instant resolvedAt) {

    static ConcernResponse of(ConcernView view) {
        return new ConcernResponse(view.concernId(), view.municipalityCode(), municipalityName(view.municipalityCode()),
                view.title(), view.description(), view.themes(), view.themes().stream().map(Theme::label).toList(),
                view.severity(), view.severity().label(), view.status(), view.status().label(),
                new Area(municipalities(view.municipalityCodes()), districts(view.districtCodes()),
                        districts(ConcernArea.touchedDistricts(view.municipalityCodes(), view.districtCodes()))),
                view.observedOn(), view.raisedAt(),
                view.notes().stream().map(note -> new Note(note.municipalityCode(),
                        municipalityName(note.municipalityCode()), note.at(), note.text(), note.severity(),
                        note.severity().label())).toList(),
                view.confirmations().stream().map(confirmation -> new Confirmation(confirmation.municipalityCode(),
                        municipalityName(confirmation.municipalityCode()), confirmation.at(), confirmation.note())).toList(),
                view.escalations().stream().map(escalation -> new Escalation(districts(escalation.districtCodes()),
                        escalation.reason(), escalation.at())).toList(),
                districts(view.escalatedDistrictCodes()), view.resolution(), view.resolvedAt());
    }

    /** Named municipalities and districts; {@code touchedDistricts} adds the districts of the named municipalities. */
    record Area(List<Named> municipalities, List<Named> districts, List<Named> touchedDistricts) {
    }

    record Named(String code, String name) {
    }

    record Note(String municipalityCode, String municipalityName, Instant at, String text, ConcernSeverity severity,
                String severityLabel) {
    }

    record Confirmation(String municipalityCode, String municipalityName, Instant at, String note) {
    }

    record Escalation(List<Named> districts, String reason, Instant at) {
    }

    private static String municipalityName(String code) {
        return ReferenceData.instance().municipality(code).name();
    }

    private static List<Named> municipalities(Collection<String> codes) {
        return codes.stream().map(code -> new Named(code, municipalityName(code))).toList();
    }

    private static List<Named> districts(Collection<String> codes) {
        return codes.stream().map(code -> new Named(code, ReferenceData.instance().district(code).name())).toList();
    }
}
