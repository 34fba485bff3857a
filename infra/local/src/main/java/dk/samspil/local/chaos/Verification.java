package dk.samspil.local.chaos;

import dk.samspil.local.Durations;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Waits, up to a deadline, until everything agrees with the event store: every event in it published on Kafka, every
 * read model showing what the events say, and the event store itself unchanged since the round before (a command
 * whose client gave up may still commit). Prints progress while it waits.
 */
final class Verification {

    private static final Duration ROUND_PAUSE = Duration.ofSeconds(3);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    /**
     * One look at everything.
     *
     * @param published the events on the initiative and concern topics, by id
     */
    record State(List<StoredEvent> events, Map<String, PublishedEvent> published,
                 List<ReadModelSnapshot.Discrepancy> discrepancies) {

        long unpublished() {
            return events.stream().filter(event -> !published.containsKey(event.eventId())).count();
        }

        /** Events on Kafka that the event store does not have (it lost them after they were published). */
        List<PublishedEvent> phantoms() {
            Set<String> stored = events.stream().map(StoredEvent::eventId).collect(Collectors.toSet());
            return published.values().stream().filter(event -> !stored.contains(event.id())).toList();
        }

        boolean consistent() {
            return discrepancies.isEmpty() && unpublished() == 0;
        }
    }

    /**
     * @param state      the last look
     * @param consistent whether it agreed (twice in a row) before the deadline
     * @param waited     how long it took
     */
    record Result(State state, boolean consistent, Duration waited) {
    }

    private final MunicipalityEventStore eventStore;
    private final PublishedEvents published;
    private final ReadModels readModels;
    private final List<String> municipalities;
    private final List<String> districts;

    Verification(MunicipalityEventStore eventStore, PublishedEvents published, ReadModels readModels,
                 List<String> municipalities, List<String> districts) {
        this.eventStore = eventStore;
        this.published = published;
        this.readModels = readModels;
        this.municipalities = List.copyOf(municipalities);
        this.districts = List.copyOf(districts);
    }

    Result awaitConsistent(Duration deadline, PrintStream out) throws InterruptedException {
        long start = System.nanoTime();
        long lastProgress = start;
        State previous = null;
        State last = null;
        String failure = null;
        while (true) {
            try {
                State state = look();
                if (state.consistent() && previous != null && previous.consistent()
                        && previous.events().size() == state.events().size()) {
                    return new Result(state, true, Duration.ofNanos(System.nanoTime() - start));
                }
                previous = state;
                last = state;
                failure = null;
            } catch (Exception e) {
                // a part still starting, PostgreSQL or Kafka not there yet: the next round tries again
                previous = null;
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            long now = System.nanoTime();
            if (now - start > deadline.toNanos()) {
                return new Result(last, false, Duration.ofNanos(now - start));
            }
            if (now - lastProgress > PROGRESS_EVERY.toNanos()) {
                out.println("  [" + Durations.seconds(Duration.ofNanos(now - start)) + "] " + progress(last, failure));
                lastProgress = now;
            }
            TimeUnit.MILLISECONDS.sleep(ROUND_PAUSE.toMillis());
        }
    }

    State look() throws Exception {
        List<StoredEvent> events = eventStore.events();
        published.catchUp();
        ReadModelSnapshot expected = Truth.of(events).expected(municipalities, districts);
        return new State(events, published.byId(), readModels.read().compareTo(expected));
    }

    private static String progress(State state, String failure) {
        if (state == null) {
            return "venter på platformen (" + failure + ")";
        }
        TreeSet<String> behind = new TreeSet<>();
        state.discrepancies().forEach(discrepancy -> behind.add(discrepancy.scope().model().label()));
        return "event store " + state.events().size() + " hændelser, på Kafka " + (state.events().size() - state.unpublished())
                + "; læsemodeller der ikke stemmer endnu: " + (behind.isEmpty() ? "ingen" : String.join(", ", behind))
                + (failure == null ? "" : " (sidst: " + failure + ")");
    }
}
