package dk.samspil.nationalassociation.gathering.command;

import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A course, theme day, webinar or annual meeting the association arranges in a police district or nationally. Once
 * planned it is either held, with how many took part from each municipality, or cancelled.
 */
@Aggregate
public class Gathering {

    /** More participants than this from one municipality is taken for a typing error. */
    static final int MAX_PARTICIPANTS_PER_MUNICIPALITY = 10_000;

    @AggregateIdentifier
    private String gatheringId;
    private GatheringKind kind;
    private String districtCode;
    private String subject;
    private GatheringStatus status;

    protected Gathering() {
        // for Axon
    }

    @CommandHandler
    Gathering(PlanGatheringCommand command) {
        String district = command.districtCode();
        if (district != null && ReferenceData.instance().findDistrict(district).isEmpty()) {
            throw new GatheringRuleViolation("districtCode", district, "Ukendt politikreds: " + district
                    + "; udelad politikredsen for et landsdækkende arrangement");
        }
        apply(new GatheringPlannedEvent(command.gatheringId(), command.kind(), district, command.subject(),
                command.date(), command.organiser()));
    }

    @CommandHandler
    void handle(RecordGatheringHeldCommand command, Clock clock) {
        requirePlanned("registreres som afholdt");
        LocalDate today = LocalDate.now(clock);
        if (command.heldOn().isAfter(today)) {
            throw new GatheringRuleViolation("heldOn", command.heldOn().toString(),
                    "Et arrangement kan ikke være afholdt efter i dag (" + today + ")");
        }
        if (command.participants().isEmpty()) {
            throw new GatheringRuleViolation("participants", null, "Angiv deltagerne fra mindst én kommune");
        }
        List<MunicipalityParticipants> participants = byMunicipality(command.participants());
        int total = participants.stream().mapToInt(MunicipalityParticipants::participants).sum();
        apply(new GatheringHeldEvent(gatheringId, kind, districtCode, subject, command.heldOn(), participants, total));
    }

    @CommandHandler
    void handle(CancelGatheringCommand command) {
        requirePlanned("aflyses");
        apply(new GatheringCancelledEvent(gatheringId, kind, districtCode, command.reason()));
    }

    private void requirePlanned(String step) {
        if (status != GatheringStatus.PLANNED) {
            throw new GatheringTransitionException(status, "Arrangementet er " + status.label() + " og kan ikke "
                    + step);
        }
    }

    /** One entry per municipality, by canonical kommunekode; 336 and 0336 are the same municipality given twice. */
    private static List<MunicipalityParticipants> byMunicipality(Map<String, Integer> counts) {
        Map<String, MunicipalityParticipants> byCode = new TreeMap<>();
        counts.forEach((code, count) -> {
            String field = "participants." + code;
            Municipality municipality = municipality(field, code);
            if (count == null || count < 1 || count > MAX_PARTICIPANTS_PER_MUNICIPALITY) {
                throw new GatheringRuleViolation(field, count, "Antallet af deltagere fra en kommune skal være mellem 1"
                        + " og " + MAX_PARTICIPANTS_PER_MUNICIPALITY);
            }
            MunicipalityParticipants entry = new MunicipalityParticipants(municipality.code(),
                    municipality.districtCode(), count);
            if (byCode.putIfAbsent(municipality.code(), entry) != null) {
                throw new GatheringRuleViolation(field, code, "Kommune " + municipality.code() + " ("
                        + municipality.name() + ") er angivet mere end én gang");
            }
        });
        return List.copyOf(byCode.values());
    }

    private static Municipality municipality(String field, String code) {
        try {
            return ReferenceData.instance().municipality(code);
        } catch (UnknownMunicipalityException e) {
            throw new GatheringRuleViolation(field, code, e.getMessage());
        }
    }

    @EventSourcingHandler
    void on(GatheringPlannedEvent event) {
        gatheringId = event.gatheringId();
        kind = event.kind();
        districtCode = event.districtCode();
        subject = event.subject();
        status = GatheringStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(GatheringHeldEvent event) {
        status = GatheringStatus.HELD;
    }

    @EventSourcingHandler
    void on(GatheringCancelledEvent event) {
        status = GatheringStatus.CANCELLED;
    }
}
