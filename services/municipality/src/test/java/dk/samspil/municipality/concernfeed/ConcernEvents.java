package dk.samspil.municipality.concernfeed;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.reference.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Concern events as municipalities publish them; step n of a concern happens n minutes after {@link #START}. */
public final class ConcernEvents {

    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private ConcernEvents() {
    }

    public static EventEnvelope<ConcernRaised> raised(String concernId, String kommunekode, List<Theme> themes,
                                                      ConcernSeverity severity, List<String> municipalityCodes,
                                                      List<String> districtCodes) {
        return envelope(EventTypes.CONCERN_RAISED, concernId, kommunekode, 0, new ConcernRaised(concernId, kommunekode,
                "Unge samles ved stationen om aftenen", "Salg af nikotinposer og hash; pendlere oplever utryghed",
                themes, severity, municipalityCodes, districtCodes, LocalDate.of(2026, 11, 20), ConcernStatus.RAISED));
    }

    public static EventEnvelope<ConcernUpdated> updated(String concernId, String raisedBy, long sequence,
                                                        ConcernSeverity severity) {
        return envelope(EventTypes.CONCERN_UPDATED, concernId, raisedBy, sequence, new ConcernUpdated(concernId,
                raisedBy, raisedBy, "Gruppen er vokset", severity, ConcernStatus.RAISED));
    }

    public static EventEnvelope<ConcernConfirmed> confirmed(String concernId, String raisedBy, long sequence,
                                                            String confirmedBy, List<String> municipalityCodes,
                                                            List<String> districtCodes) {
        return envelope(EventTypes.CONCERN_CONFIRMED, concernId, confirmedBy, sequence, new ConcernConfirmed(concernId,
                raisedBy, confirmedBy, "Vi ser det også", municipalityCodes, districtCodes, ConcernStatus.RAISED));
    }

    public static EventEnvelope<ConcernEscalated> escalated(String concernId, String raisedBy, long sequence,
                                                            List<String> districtCodes) {
        return envelope(EventTypes.CONCERN_ESCALATED, concernId, raisedBy, sequence, new ConcernEscalated(concernId,
                raisedBy, districtCodes, "Kræver fælles indsats", districtCodes, ConcernStatus.ESCALATED));
    }

    public static EventEnvelope<ConcernResolved> resolved(String concernId, String raisedBy, long sequence) {
        return envelope(EventTypes.CONCERN_RESOLVED, concernId, raisedBy, sequence, new ConcernResolved(concernId,
                raisedBy, "Gruppen er opløst", ConcernStatus.RESOLVED));
    }

    public static <T> EventEnvelope<T> envelope(EventType<T> type, String concernId, String kommunekode, long sequence,
                                                T payload) {
        return new EventEnvelope<>(concernId + "#" + sequence, type, Sources.municipality(kommunekode), concernId,
                START.plusSeconds(60 * sequence).atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
