package dk.samspil.local.chaos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the read models show at one moment: the counters per municipality or district, and the entries of the
 * listings. The suite compares one taken from the APIs with one worked out from the event store; two taken from the
 * APIs compare the same way (before and after a read model is rebuilt from scratch, they must be equal).
 */
record ReadModelSnapshot(Map<Counter, Long> counters, Map<Scope, List<Entry>> listings) {

    /** The read model and the municipality or district a figure or a listing belongs to. */
    record Scope(ReadModel model, String code) {
    }

    record Counter(Scope scope, String figure) {
    }

    /** An initiative or concern in a listing, with the status it is shown in (empty where a listing shows none). */
    record Entry(String id, String status) {
    }

    /**
     * Where a snapshot differs from the expected one, for one read model and scope.
     *
     * @param missing     entries (or counts) the expected snapshot has and this one lacks: lost
     * @param surplus     entries (or counts) this one has beyond the expected: counted twice
     * @param wrongStatus entries in another status than expected: a step lost or applied twice
     * @param detail      what differs, for people
     */
    record Discrepancy(Scope scope, long missing, long surplus, long wrongStatus, String detail) {
    }

    private static final int IDS_SHOWN = 5;
    private static final Comparator<Scope> SCOPE_ORDER = Comparator.comparing(Scope::model).thenComparing(Scope::code);

    ReadModelSnapshot {
        counters = Map.copyOf(counters);
        listings = Map.copyOf(listings);
    }

    /** Where this snapshot differs from {@code expected}, by read model and scope; empty when they are equal. */
    List<Discrepancy> compareTo(ReadModelSnapshot expected) {
        List<Discrepancy> discrepancies = new ArrayList<>();
        Set<Scope> counted = new TreeSet<>(SCOPE_ORDER);
        Stream.concat(counters.keySet().stream(), expected.counters.keySet().stream()).map(Counter::scope).forEach(counted::add);
        for (Scope scope : counted) {
            compareCounters(scope, expected).ifPresent(discrepancies::add);
        }
        Set<Scope> listed = new TreeSet<>(SCOPE_ORDER);
        listed.addAll(listings.keySet());
        listed.addAll(expected.listings.keySet());
        for (Scope scope : listed) {
            compareListings(scope, listings.getOrDefault(scope, List.of()), expected.listings.getOrDefault(scope, List.of()))
                    .ifPresent(discrepancies::add);
        }
        return discrepancies;
    }

    /**
     * A scope's counters: initiatives missing or surplus in all; beyond that, statuses off in both directions are
     * initiatives counted in the wrong status; concerns missing or surplus.
     */
    private Optional<Discrepancy> compareCounters(Scope scope, ReadModelSnapshot expected) {
        Map<String, Long> actualFigures = figures(scope);
        Map<String, Long> expectedFigures = expected.figures(scope);
        Set<String> names = new TreeSet<>(actualFigures.keySet());
        names.addAll(expectedFigures.keySet());
        long missing = 0;
        long surplus = 0;
        long statusDifference = 0;
        long initiativeDifference = 0;
        List<String> details = new ArrayList<>();
        for (String name : names) {
            long actual = actualFigures.getOrDefault(name, 0L);
            long wanted = expectedFigures.getOrDefault(name, 0L);
            long difference = actual - wanted;
            if (difference == 0) {
                continue;
            }
            details.add(name + " " + actual + " (ventet " + wanted + ")");
            if (name.equals(ReadModel.INITIATIVES)) {
                initiativeDifference = difference;
            } else if (name.equals(ReadModel.CONCERNS)) {
                missing += Math.max(0, -difference);
                surplus += Math.max(0, difference);
            } else {
                statusDifference += Math.abs(difference);
            }
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        missing += Math.max(0, -initiativeDifference);
        surplus += Math.max(0, initiativeDifference);
        long wrongStatus = Math.max(0, (statusDifference - Math.abs(initiativeDifference)) / 2);
        return Optional.of(new Discrepancy(scope, missing, surplus, wrongStatus, String.join("; ", details)));
    }

    private Map<String, Long> figures(Scope scope) {
        Map<String, Long> figures = new HashMap<>();
        counters.forEach((counter, value) -> {
            if (counter.scope().equals(scope)) {
                figures.put(counter.figure(), value);
            }
        });
        return figures;
    }

    private static Optional<Discrepancy> compareListings(Scope scope, List<Entry> actual, List<Entry> expected) {
        Map<String, String> expectedStatus = expected.stream().collect(Collectors.toMap(Entry::id, Entry::status));
        Map<String, List<String>> shown = new LinkedHashMap<>();
        actual.forEach(entry -> shown.computeIfAbsent(entry.id(), id -> new ArrayList<>()).add(entry.status()));
        List<String> missing = expectedStatus.keySet().stream().filter(id -> !shown.containsKey(id)).sorted().toList();
        List<String> surplus = new ArrayList<>();
        List<String> wrongStatus = new ArrayList<>();
        shown.forEach((id, statuses) -> {
            String wanted = expectedStatus.get(id);
            long extra = wanted == null ? statuses.size() : statuses.size() - 1;
            for (long i = 0; i < extra; i++) {
                surplus.add(id);
            }
            if (wanted != null && statuses.stream().anyMatch(status -> !Objects.equals(status, wanted))) {
                wrongStatus.add(id + " " + String.join("/", statuses) + " (ventet " + wanted + ")");
            }
        });
        if (missing.isEmpty() && surplus.isEmpty() && wrongStatus.isEmpty()) {
            return Optional.empty();
        }
        List<String> details = new ArrayList<>();
        if (!missing.isEmpty()) {
            details.add("mangler " + shortList(missing));
        }
        if (!surplus.isEmpty()) {
            details.add("for mange " + shortList(surplus));
        }
        if (!wrongStatus.isEmpty()) {
            details.add("forkert status " + shortList(wrongStatus));
        }
        return Optional.of(new Discrepancy(scope, missing.size(), surplus.size(), wrongStatus.size(),
                String.join("; ", details)));
    }

    private static String shortList(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(IDS_SHOWN, items.size())));
        return items.size() + ": " + shown + (items.size() > IDS_SHOWN ? ", …" : "");
    }

    /** Collects counters and entries. */
    static final class Builder {

        private final Map<Counter, Long> counters = new HashMap<>();
        private final Map<Scope, List<Entry>> listings = new HashMap<>();

        Builder count(ReadModel model, String code, String figure, long value) {
            counters.merge(new Counter(new Scope(model, code), figure), value, Long::sum);
            return this;
        }

        Builder list(ReadModel model, String code, String id, String status) {
            listings.computeIfAbsent(new Scope(model, code), scope -> new ArrayList<>()).add(new Entry(id, status));
            return this;
        }

        ReadModelSnapshot build() {
            return new ReadModelSnapshot(counters, listings);
        }
    }
}
