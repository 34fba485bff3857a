package dk.samspil.local.bench;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventType;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.events.Sources;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernResolved;
import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.municipality.InitiativeActivated;
import dk.samspil.contracts.municipality.InitiativeApproved;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.InitiativeStatusReported;
import dk.samspil.contracts.municipality.InitiativeWithdrawn;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.contracts.national.GatheringHeld;
import dk.samspil.contracts.national.GatheringKind;
import dk.samspil.contracts.national.GatheringParticipants;
import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.national.ProjectPilotMunicipalityInvited;
import dk.samspil.contracts.national.ProjectPilotMunicipalityJoined;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.Theme;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A year of made-up history for the whole country as contract events with their own times, for the {@code asOf}
 * benchmark: initiatives (registered, approved, activated, some withdrawn), concerns (raised, escalated, resolved),
 * gatherings held in the districts and pilot municipalities joining national projects. Seeded, so every run
 * publishes the same history; each aggregate's events are in order and a few days apart.
 */
final class HistoryGenerator {

    private static final PreventionLevel[] LEVELS = PreventionLevel.values();
    private static final Theme[] THEMES = Theme.values();

    private final Random random = new Random(20261123);
    private final List<Municipality> municipalities = ReferenceData.instance().districts().stream()
            .flatMap(district -> district.municipalities().stream()).toList();
    private final Instant start;
    private final Duration span;
    private final Expected expected = new Expected();

    /** What the overview must show once every generated event is applied. */
    static final class Expected {
        long initiatives;
        long concernsRaised;
        long gatheringsHeld;
        final Set<String> pilots = new HashSet<>();
    }

    HistoryGenerator(Instant end, Duration span) {
        this.start = end.minus(span);
        this.span = span;
    }

    Expected expected() {
        return expected;
    }

    /** Hands {@code events} events to {@code publish}, interleaving the kinds of history. */
    void generate(int events, Consumer<EventEnvelope<?>> publish) {
        int published = 0;
        for (int aggregate = 0; published < events; aggregate++) {
            List<EventEnvelope<?>> history = switch (aggregate % 10) {
                case 0, 1, 2, 3, 4, 5, 6 -> initiative(aggregate);
                case 7, 8 -> concern(aggregate);
                default -> aggregate % 20 == 9 ? gathering(aggregate) : pilot(aggregate);
            };
            for (EventEnvelope<?> event : history.subList(0, Math.min(history.size(), events - published))) {
                publish.accept(event);
                count(event);
                published++;
            }
        }
    }

    private void count(EventEnvelope<?> event) {
        Object payload = event.payload();
        if (payload instanceof InitiativeRegistered) {
            expected.initiatives++;
        } else if (payload instanceof ConcernRaised) {
            expected.concernsRaised++;
        } else if (payload instanceof GatheringHeld) {
            expected.gatheringsHeld++;
        } else if (payload instanceof ProjectPilotMunicipalityJoined joined) {
            expected.pilots.add(joined.projectId() + "/" + joined.municipalityCode());
        }
    }

    private List<EventEnvelope<?>> initiative(int aggregate) {
        String id = "bench-initiative-" + aggregate;
        String code = municipality().code();
        Instant registered = moment();
        LocalDate startDate = LocalDate.ofInstant(registered, ZoneOffset.UTC);
        InitiativeRegistered registration = new InitiativeRegistered(id, code, "Indsats " + aggregate,
                LEVELS[random.nextInt(LEVELS.length)], InitiativeScope.LOCAL, startDate, startDate.plusYears(1),
                List.of(THEMES[random.nextInt(THEMES.length)].label()), InitiativeStatus.SUBMITTED, null, null, null,
                null, null, null, null, null, null, null, null);
        Instant approved = later(registered);
        Instant activated = later(approved);
        LocalDate activatedOn = LocalDate.ofInstant(activated, ZoneOffset.UTC);
        Instant fourth = later(activated);
        EventEnvelope<?> last = random.nextInt(8) == 0
                ? municipal(EventTypes.INITIATIVE_WITHDRAWN, id, code, 3, fourth,
                new InitiativeWithdrawn(id, code, "Ingen deltagere"))
                : municipal(EventTypes.INITIATIVE_STATUS_REPORTED, id, code, 3, fourth,
                new InitiativeStatusReported(id, code, LocalDate.ofInstant(fourth, ZoneOffset.UTC), "Det går godt",
                        LocalDate.ofInstant(fourth, ZoneOffset.UTC).plusMonths(6)));
        return List.of(municipal(EventTypes.INITIATIVE_REGISTERED, id, code, 0, registered, registration),
                municipal(EventTypes.INITIATIVE_APPROVED, id, code, 1, approved, new InitiativeApproved(id, code, null)),
                municipal(EventTypes.INITIATIVE_ACTIVATED, id, code, 2, activated,
                        new InitiativeActivated(id, code, activatedOn, activatedOn.plusMonths(6))),
                last);
    }

    private List<EventEnvelope<?>> concern(int aggregate) {
        String id = "bench-concern-" + aggregate;
        Municipality municipality = municipality();
        String code = municipality.code();
        String district = ReferenceData.instance().districtOf(code).code();
        Instant raised = moment();
        Instant escalated = later(raised);
        return List.of(
                municipal(EventTypes.CONCERN_RAISED, id, code, 0, raised, new ConcernRaised(id, code,
                        "Bekymring " + aggregate, "Grupper af unge samles om aftenen",
                        List.of(THEMES[random.nextInt(THEMES.length)]), ConcernSeverity.WATCH, List.of(code), List.of(),
                        LocalDate.ofInstant(raised, ZoneOffset.UTC), ConcernStatus.RAISED)),
                municipal(EventTypes.CONCERN_ESCALATED, id, code, 1, escalated, new ConcernEscalated(id, code,
                        List.of(district), "Behov for kredsens hjælp", List.of(district), ConcernStatus.ESCALATED)),
                municipal(EventTypes.CONCERN_RESOLVED, id, code, 2, later(escalated),
                        new ConcernResolved(id, code, "Aftalt med politiet", ConcernStatus.RESOLVED)));
    }

    private List<EventEnvelope<?>> gathering(int aggregate) {
        String id = "bench-gathering-" + aggregate;
        Municipality municipality = municipality();
        String district = ReferenceData.instance().districtOf(municipality.code()).code();
        Instant held = moment();
        int participants = 1 + random.nextInt(30);
        return List.of(national(EventTypes.GATHERING_HELD, id, 1, held, new GatheringHeld(id, GatheringKind.COURSE,
                district, "Kursus " + aggregate, LocalDate.ofInstant(held, ZoneOffset.UTC),
                List.of(new GatheringParticipants(municipality.code(), district, participants)), participants)));
    }

    private List<EventEnvelope<?>> pilot(int aggregate) {
        String project = "bench-project-" + (aggregate % 7);
        Municipality municipality = municipality();
        String district = ReferenceData.instance().districtOf(municipality.code()).code();
        Instant invited = moment();
        // The project's sequence: one pilot municipality per generated aggregate, two events each.
        long sequence = 2L * aggregate;
        return List.of(
                national(EventTypes.PROJECT_PILOT_MUNICIPALITY_INVITED, project, sequence, invited,
                        new ProjectPilotMunicipalityInvited(project, "Projekt " + project, municipality.code(), district,
                                PilotMunicipalityRole.PILOT)),
                national(EventTypes.PROJECT_PILOT_MUNICIPALITY_JOINED, project, sequence + 1, later(invited),
                        new ProjectPilotMunicipalityJoined(project, "Projekt " + project, municipality.code(), district,
                                PilotMunicipalityRole.PILOT)));
    }

    private Municipality municipality() {
        return municipalities.get(random.nextInt(municipalities.size()));
    }

    private Instant moment() {
        return start.plusSeconds((long) (random.nextDouble() * span.toSeconds() * 0.9));
    }

    private Instant later(Instant earlier) {
        return earlier.plusSeconds(3600 + random.nextInt(5 * 24 * 3600));
    }

    private static <T> EventEnvelope<T> municipal(EventType<T> type, String id, String code, long sequence, Instant time,
                                                  T payload) {
        return envelope(type, Sources.municipality(code), id, sequence, time, payload);
    }

    private static <T> EventEnvelope<T> national(EventType<T> type, String id, long sequence, Instant time, T payload) {
        return envelope(type, Sources.nationalAssociation(), id, sequence, time, payload);
    }

    private static <T> EventEnvelope<T> envelope(EventType<T> type, URI source, String id, long sequence, Instant time,
                                                 T payload) {
        return new EventEnvelope<>(id + "#" + sequence, type, source, id, time.atOffset(ZoneOffset.UTC), sequence, payload);
    }
}
