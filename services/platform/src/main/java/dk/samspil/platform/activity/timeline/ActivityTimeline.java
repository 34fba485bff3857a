package dk.samspil.platform.activity.timeline;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.platform.activity.InitiativeFigures;
import dk.samspil.platform.kafka.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The country's activity over time, from the contract's events: initiatives, funding pools, action plans, concerns,
 * pilot municipalities of national projects and the association's gatherings. Every event's change of the counters is
 * kept with the event's time, so the picture at any moment since the first event is the sum of the changes before it:
 * what was known then, not a guess. Kept in the service's own PostgreSQL database (see {@link TimelineStore}).
 */
public final class ActivityTimeline implements ReadModel {

    private final TimelineStore store;
    private final TimelineEntities entities = new TimelineEntities();
    private final Pictures pictures;
    private final Clock clock;

    public ActivityTimeline(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.store = new TimelineStore(jdbc, transactionManager);
        this.pictures = new Pictures(clock.getZone());
        this.clock = clock;
    }

    /**
     * Applies one contract event; events about other things change nothing.
     *
     * @return false when the event changed nothing, e.g. because it was not newer than what was applied
     * @throws MalformedEventException when the event names a municipality or police district the reference data lacks
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        return entities.of(envelope)
                .map(entity -> store.apply(entity, envelope.aggregateSequence(), envelope.time().toInstant()))
                .orElse(false);
    }

    /** Nothing applied yet: a new timeline, or one dropped to be rebuilt from the topics. */
    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public void drop() {
        store.drop();
    }

    /** When the first counted event happened; empty before it. */
    public Optional<Instant> firstEventAt() {
        return store.firstChangeAt();
    }

    /**
     * The {@code asOf} request parameter as a moment of the timeline.
     *
     * @throws dk.samspil.platform.web.ApiProblem 400 when it is neither a date nor a moment, 422 (with the valid range)
     *                                            when it lies before the first event or in the future
     */
    public Instant asOf(String asOf) {
        return AsOf.resolve(asOf, firstEventAt(), clock, this::endOf);
    }

    /**
     * The last moment of a Danish day that the timeline tells apart (PostgreSQL keeps microseconds): a picture at it
     * holds everything that happened that day.
     */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minus(1, ChronoUnit.MICROS);
    }

    public TimelinePicture now() {
        return pictureAt(clock.instant());
    }

    public TimelinePicture pictureAt(Instant asOf) {
        return pictures.at(asOf, store.countersAt(asOf), store.lastChangeAt(asOf));
    }

    /**
     * The picture at the end of each month from the month before {@code from} to {@code to} (the current month's
     * picture is of now), read with one query: a month's change is its picture minus the one before. What is overdue
     * is a matter of a day, not of a month: the status reports' due dates are left out of month pictures (their
     * {@code overdueStatusReports} is 0), which keeps a year of months to a fraction of the rows.
     */
    public List<MonthPicture> months(YearMonth from, YearMonth to) {
        Instant now = clock.instant();
        Instant until = min(endOf(to.atEndOfMonth()), now);
        Map<CounterKey, Long> running = new HashMap<>();
        List<TimelineStore.MonthChanges> changes = store.changesPerMonth(until, InitiativeFigures.STATUS_REPORTS_DUE);
        List<MonthPicture> months = new ArrayList<>();
        int next = 0;
        for (YearMonth month = from.minusMonths(1); !month.isAfter(to); month = month.plusMonths(1)) {
            while (next < changes.size() && !changes.get(next).month().isAfter(month)) {
                changes.get(next++).changes().forEach((key, amount) -> running.merge(key, amount, Long::sum));
            }
            Instant endOfMonth = min(endOf(month.atEndOfMonth()), now);
            months.add(new MonthPicture(month, pictures.at(endOfMonth, running, Map.of())));
        }
        return months;
    }

    private static Instant min(Instant left, Instant right) {
        return left.isBefore(right) ? left : right;
    }
}
