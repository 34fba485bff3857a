package dk.samspil.municipality.concern.command;

import dk.samspil.contracts.municipality.ConcernArea;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A concern (bekymring) a municipality raises about a group, a trend or a place that crosses municipal borders; never
 * about an identifiable person, so its free text is only the title, the description and the notes, reasons and
 * resolution of its steps. Municipalities of the area add notes, others confirm it ("we see it too") and join the
 * area, the raising municipality escalates it to the district councils it touches and resolves it.
 */
@Aggregate
public class Concern {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @AggregateIdentifier
    private String concernId;
    private String municipalityCode;
    private ConcernStatus status;
    private ConcernSeverity severity;
    private final List<String> municipalityCodes = new ArrayList<>();
    private final List<String> districtCodes = new ArrayList<>();
    private final Set<String> confirmedBy = new HashSet<>();
    private final Set<String> escalatedTo = new LinkedHashSet<>();

    protected Concern() {
        // for Axon
    }

    @CommandHandler
    public Concern(RaiseConcernCommand command, Clock clock) {
        requireText("title", command.title(), TITLE_MAX, "Titlen skal udfyldes");
        requireText("description", command.description(), TEXT_MAX, "Beskrivelsen skal udfyldes");
        if (command.themes() == null || command.themes().isEmpty()) {
            throw new ConcernRuleViolation("themes", null, "Bekymringen skal have mindst ét tema");
        }
        if (command.severity() == null) {
            throw new ConcernRuleViolation("severity", null, "Alvorligheden skal udfyldes");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.observedOn() == null || command.observedOn().isAfter(today)) {
            throw new ConcernRuleViolation("observedOn", String.valueOf(command.observedOn()),
                    "Observationsdatoen skal udfyldes og må ikke ligge efter i dag, " + today);
        }
        Set<String> area = new LinkedHashSet<>();
        area.add(knownMunicipality("municipalityCode", command.municipalityCode()));
        listOf(command.municipalityCodes()).forEach(code -> area.add(knownMunicipality("municipalityCodes", code)));
        Set<String> districts = new LinkedHashSet<>();
        listOf(command.districtCodes()).forEach(code -> districts.add(knownDistrict("districtCodes", code).code()));
        apply(new ConcernRaisedEvent(command.concernId(), area.iterator().next(), command.title().strip(),
                command.description().strip(), List.copyOf(new LinkedHashSet<>(command.themes())), command.severity(),
                List.copyOf(area), List.copyOf(districts), command.observedOn()));
    }

    @CommandHandler
    public ConcernStatus handle(UpdateConcernCommand command) {
        requireOpen("opdateres");
        String updatedBy = knownMunicipality("municipalityCode", command.updatedBy());
        if (!ConcernArea.touchesMunicipality(updatedBy, municipalityCodes, districtCodes)) {
            throw new ConcernRuleViolation("municipalityCode", updatedBy, "Kommune " + updatedBy
                    + " er ikke i bekymringens område; bekræft den først (\"vi ser det også\")");
        }
        requireText("note", command.note(), TEXT_MAX, "Noten skal udfyldes");
        ConcernSeverity after = command.severity() == null ? severity : command.severity();
        apply(new ConcernUpdatedEvent(concernId, municipalityCode, updatedBy, command.note().strip(), after, status));
        return status;
    }

    @CommandHandler
    public ConcernStatus handle(ConfirmConcernCommand command) {
        requireOpen("bekræftes");
        String confirming = knownMunicipality("municipalityCode", command.confirmedBy());
        if (confirming.equals(municipalityCode)) {
            throw new ConcernTransitionException(status, "Kommune " + confirming
                    + " rejste selv bekymringen; den bekræftes af andre kommuner");
        }
        if (confirmedBy.contains(confirming)) {
            throw new ConcernTransitionException(status, "Kommune " + confirming + " har allerede bekræftet bekymringen");
        }
        if (command.note() != null && command.note().length() > TEXT_MAX) {
            throw new ConcernRuleViolation("note", null, "Noten må højst have " + TEXT_MAX + " tegn");
        }
        List<String> area = new ArrayList<>(municipalityCodes);
        if (!area.contains(confirming)) {
            area.add(confirming);
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        apply(new ConcernConfirmedEvent(concernId, municipalityCode, confirming, note, List.copyOf(area),
                List.copyOf(districtCodes), status));
        return status;
    }

    @CommandHandler
    public ConcernStatus handle(EscalateConcernCommand command) {
        requireOpen("eskaleres");
        requireInArea(command.municipalityCode(), "eskalere");
        if (command.districtCodes() == null || command.districtCodes().isEmpty()) {
            throw new ConcernRuleViolation("districtCodes", null, "Angiv mindst én politikreds at eskalere til");
        }
        Set<String> touched = ConcernArea.touchedDistricts(municipalityCodes, districtCodes);
        Set<String> districts = new LinkedHashSet<>();
        for (String code : command.districtCodes()) {
            PoliceDistrict district = knownDistrict("districtCodes", code);
            if (!touched.contains(district.code())) {
                throw new ConcernRuleViolation("districtCodes", district.code(), "Bekymringen berører ikke politikreds "
                        + district.code() + " " + district.name() + " og kan ikke eskaleres dertil");
            }
            if (escalatedTo.contains(district.code())) {
                throw new ConcernTransitionException(status, "Bekymringen er allerede eskaleret til politikreds "
                        + district.code() + " " + district.name());
            }
            districts.add(district.code());
        }
        requireText("reason", command.reason(), TEXT_MAX, "Begrundelsen for eskaleringen skal udfyldes");
        Set<String> all = new LinkedHashSet<>(escalatedTo);
        all.addAll(districts);
        apply(new ConcernEscalatedEvent(concernId, municipalityCode, List.copyOf(districts), command.reason().strip(),
                List.copyOf(all)));
        return status;
    }

    @CommandHandler
    public ConcernStatus handle(ResolveConcernCommand command) {
        requireOpen("løses");
        requireInArea(command.municipalityCode(), "løse");
        requireText("resolution", command.resolution(), TEXT_MAX, "Løsningen skal beskrives");
        apply(new ConcernResolvedEvent(concernId, municipalityCode, command.resolution().strip()));
        return status;
    }

    private void requireOpen(String step) {
        if (!status.isOpen()) {
            throw new ConcernTransitionException(status, "Bekymringen er løst og kan ikke længere " + step);
        }
    }

    private void requireInArea(String kommunekode, String step) {
        String acting = knownMunicipality("municipalityCode", kommunekode);
        if (!ConcernArea.touchesMunicipality(acting, municipalityCodes, districtCodes)) {
            throw new OutsideConcernAreaException("Kommune " + acting + " er ikke i bekymringens område og kan ikke "
                    + step + " den");
        }
    }

    private static String knownMunicipality(String field, String code) {
        try {
            return ReferenceData.instance().municipality(code).code();
        } catch (UnknownMunicipalityException e) {
            throw new ConcernRuleViolation(field, code, e.getMessage());
        }
    }

    private static PoliceDistrict knownDistrict(String field, String code) {
        return ReferenceData.instance().findDistrict(code == null ? null : code.strip())
                .orElseThrow(() -> new ConcernRuleViolation(field, code, "Ukendt politikreds: " + code));
    }

    private static void requireText(String field, String text, int max, String blankMessage) {
        if (text == null || text.isBlank()) {
            throw new ConcernRuleViolation(field, null, blankMessage);
        }
        if (text.strip().length() > max) {
            throw new ConcernRuleViolation(field, null, "Feltet må højst have " + max + " tegn");
        }
    }

    private static List<String> listOf(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    @EventSourcingHandler
    void on(ConcernRaisedEvent event) {
        concernId = event.concernId();
        municipalityCode = event.municipalityCode();
        status = ConcernStatus.RAISED;
        severity = event.severity();
        municipalityCodes.addAll(event.municipalityCodes());
        districtCodes.addAll(event.districtCodes());
    }

    @EventSourcingHandler
    void on(ConcernUpdatedEvent event) {
        severity = event.severity();
    }

    @EventSourcingHandler
    void on(ConcernConfirmedEvent event) {
        confirmedBy.add(event.confirmedBy());
        municipalityCodes.clear();
        municipalityCodes.addAll(event.municipalityCodes());
    }

    @EventSourcingHandler
    void on(ConcernEscalatedEvent event) {
        status = ConcernStatus.ESCALATED;
        escalatedTo.addAll(event.escalatedDistrictCodes());
    }

    @EventSourcingHandler
    void on(ConcernResolvedEvent event) {
        status = ConcernStatus.RESOLVED;
    }
}
