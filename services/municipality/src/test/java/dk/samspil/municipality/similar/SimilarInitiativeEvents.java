package dk.samspil.municipality.similar;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.InitiativeApplicationRevised;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeSubmitted;
import dk.samspil.contracts.municipality.KnowledgeBasedMethod;
import dk.samspil.contracts.municipality.Partner;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.municipality.TargetGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Contract events of initiatives as municipalities publish them, for the similar-initiative search's tests. */
public final class SimilarInitiativeEvents {

    private static final Instant TIME = Instant.parse("2026-11-23T09:00:00Z");

    /** What the search reads of an application. */
    public record Application(String name, List<String> goals, List<String> themes, List<TargetGroup> targetGroups,
                              List<KnowledgeBasedMethod> methods) {
    }

    private SimilarInitiativeEvents() {
    }

    public static EventEnvelope<InitiativeRegistered> registered(String id, String kommunekode, Application application,
                                                                 InitiativeStatus status) {
        return envelope(EventTypes.INITIATIVE_REGISTERED, id, kommunekode, 0, new InitiativeRegistered(id, kommunekode,
                application.name(), PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL, LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 6, 30), application.themes(), status, 13, 17, application.targetGroups(),
                application.goals(), List.of(Partner.SCHOOL, Partner.POLICE), "Spørgeskema før og efter",
                "Materialet deles i SSP-netværket", List.of("Centrum"), "Skoleafdelingen", application.methods(),
                List.of()));
    }

    public static EventEnvelope<InitiativeApplicationRevised> revised(String id, String kommunekode, long sequence,
                                                                      Application application) {
        return envelope(EventTypes.INITIATIVE_APPLICATION_REVISED, id, kommunekode, sequence,
                new InitiativeApplicationRevised(id, kommunekode, application.name(), PreventionLevel.PREVENTIVE,
                        InitiativeScope.CITY_WIDE, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
                        application.themes(), 12, 18, application.targetGroups(), application.goals(),
                        List.of(Partner.SCHOOL), null, null, List.of("Nord", "Syd"), "Skoleafdelingen",
                        application.methods(), List.of()));
    }

    public static EventEnvelope<InitiativeSubmitted> submitted(String id, String kommunekode, long sequence) {
        return envelope(EventTypes.INITIATIVE_SUBMITTED, id, kommunekode, sequence,
                new InitiativeSubmitted(id, kommunekode));
    }

    public static <T> EventEnvelope<T> envelope(EventType<T> type, String id, String kommunekode, long sequence,
                                                T payload) {
        return new EventEnvelope<>(id + "#" + sequence, type, Sources.municipality(kommunekode), id,
                TIME.plusSeconds(sequence).atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
