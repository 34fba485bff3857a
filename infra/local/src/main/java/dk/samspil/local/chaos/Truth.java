package dk.samspil.local.chaos;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.reference.ReferenceData;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the event store says happened, and so what every read model must show: each initiative in the status of its
 * last step, each concern raised. Read models count an event exactly once, so this is also what they show after any
 * number of crashes, redeliveries and replays.
 */
final class Truth {

    /** The status an initiative is in after each event the load can cause. */
    private static final Map<String, InitiativeStatus> STATUS_AFTER = Map.of(
            CommandKind.REGISTER_INITIATIVE.event(), InitiativeStatus.DRAFT,
            CommandKind.SUBMIT_INITIATIVE.event(), InitiativeStatus.SUBMITTED,
            CommandKind.APPROVE_INITIATIVE.event(), InitiativeStatus.APPROVED,
            CommandKind.WITHDRAW_INITIATIVE.event(), InitiativeStatus.WITHDRAWN);

    private final ReferenceData referenceData = ReferenceData.instance();
    /** Initiative id → status, by municipality. */
    private final Map<String, Map<String, InitiativeStatus>> initiatives = new TreeMap<>();
    /** Concern ids by municipality. */
    private final Map<String, Set<String>> concerns = new TreeMap<>();

    private Truth() {
    }

    static Truth of(List<StoredEvent> events) {
        Truth truth = new Truth();
        events.forEach(truth::apply);
        return truth;
    }

    private void apply(StoredEvent event) {
        if (event.aggregateType().equals(StoredEvent.CONCERN)) {
            if (event.payloadType().equals(CommandKind.RAISE_CONCERN.event())) {
                concerns.computeIfAbsent(event.municipality(), code -> new TreeSet<>()).add(event.aggregateId());
            }
            return;
        }
        InitiativeStatus status = STATUS_AFTER.get(event.payloadType());
        if (status == null) {
            throw new IllegalStateException("Uventet hændelse i event store: " + event);
        }
        initiatives.computeIfAbsent(event.municipality(), code -> new LinkedHashMap<>()).put(event.aggregateId(), status);
    }

    /**
     * The snapshot the read models must show: listings for {@code municipalities}; dashboard figures for every
     * municipality of {@code districts}; the national figures for every municipality.
     */
    ReadModelSnapshot expected(Collection<String> municipalities, Collection<String> districts) {
        ReadModelSnapshot.Builder expected = new ReadModelSnapshot.Builder();
        for (String municipality : municipalities) {
            Map<String, InitiativeStatus> its = initiatives.getOrDefault(municipality, Map.of());
            its.forEach((id, status) -> expected.list(ReadModel.MUNICIPALITY_INITIATIVES, municipality, id, status.name()));
            concerns.getOrDefault(municipality, Set.of())
                    .forEach(id -> expected.list(ReadModel.MUNICIPALITY_CONCERNS, municipality, id, ""));
        }
        initiatives.forEach((municipality, its) -> {
            String district = referenceData.districtOf(municipality).code();
            List<ReadModel> models = districts.contains(district)
                    ? List.of(ReadModel.DISTRICT_DASHBOARD, ReadModel.DISTRICT_TIMELINE, ReadModel.NATIONAL_TIMELINE)
                    : List.of(ReadModel.NATIONAL_TIMELINE);
            for (ReadModel model : models) {
                expected.count(model, municipality, ReadModel.INITIATIVES, its.size());
                its.values().forEach(status -> expected.count(model, municipality, status.name(), 1));
            }
        });
        concerns.forEach((municipality, ids) -> {
            String district = referenceData.districtOf(municipality).code();
            if (districts.contains(district)) {
                ids.forEach(id -> expected.list(ReadModel.DISTRICT_DASHBOARD_CONCERNS, district, id, ""));
                expected.count(ReadModel.DISTRICT_TIMELINE, district, ReadModel.CONCERNS, ids.size());
            }
            expected.count(ReadModel.NATIONAL_TIMELINE, district, ReadModel.CONCERNS, ids.size());
        });
        return expected.build();
    }
}
