package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.FundingPoolEvent;
import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.national.GatheringEvent;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;

import java.util.Optional;

/** Which followed thing a contract event is about; events the timeline does not count are about nothing. */
final class TimelineEntities {

    private final ReferenceData referenceData = ReferenceData.instance();

    /** @throws MalformedEventException when the event names a municipality or district the reference data lacks */
    Optional<TimelineEntity<?>> of(EventEnvelope<?> envelope) {
        try {
            return Optional.ofNullable(entity(envelope));
        } catch (UnknownMunicipalityException | UnknownPoliceDistrictException e) {
            throw new MalformedEventException("Event " + envelope.id() + ": " + e.getMessage(), e);
        }
    }

    private TimelineEntity<?> entity(EventEnvelope<?> envelope) {
        String id = envelope.subject();
        long sequence = envelope.aggregateSequence();
        Object payload = envelope.payload();
        if (payload instanceof InitiativeEvent event) {
            return new InitiativeHistory(id, districtOf(event.municipalityCode()), event.municipalityCode(), event, sequence);
        }
        if (payload instanceof FundingPoolEvent event) {
            return new FundingPoolHistory(id, districtOf(event.municipalityCode()), event.municipalityCode(), event, sequence);
        }
        if (payload instanceof ActionPlanEvent event) {
            return new ActionPlanHistory(id, districtOf(event.municipalityCode()), event.municipalityCode(), event, sequence);
        }
        if (payload instanceof ConcernEvent event) {
            return new ConcernHistory(id, districtOf(event.municipalityCode()), event.municipalityCode(), event);
        }
        if (payload instanceof ProjectPilotMunicipalityEvent event) {
            return new PilotHistory(event.projectId() + "/" + event.municipalityCode(),
                    districtOf(event.municipalityCode()), event);
        }
        if (payload instanceof GatheringEvent event) {
            if (event.districtCode() != null) {
                referenceData.district(event.districtCode());
            }
            if (event instanceof GatheringHeld held) {
                held.participants().forEach(participants -> districtOf(participants.municipalityCode()));
            }
            return new GatheringHistory(id, event);
        }
        return null;
    }

    private String districtOf(String municipalityCode) {
        return referenceData.districtOf(municipalityCode).code();
    }
}
