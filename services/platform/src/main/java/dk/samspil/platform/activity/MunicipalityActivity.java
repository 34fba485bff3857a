package dk.samspil.platform.activity;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.FundingPoolEvent;
import dk.samspil.contracts.municipality.InitiativeEvent;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the dashboards know about one municipality: its initiatives, funding pools and action plans, each keyed
 * by aggregate id and carrying the sequence of the last event applied to it.
 *
 * @param version     the stored document's version, for optimistic writes; 0 before it was first stored
 * @param lastEventAt when the latest event applied here happened; null before the first
 */
record MunicipalityActivity(String municipalityCode, long version, Map<String, InitiativeEntry> initiatives,
                                   Map<String, FundingPoolEntry> fundingPools, Map<String, ActionPlanEntry> actionPlans,
                                   Instant lastEventAt) {

    MunicipalityActivity {
        initiatives = Map.copyOf(initiatives);
        fundingPools = Map.copyOf(fundingPools);
        actionPlans = Map.copyOf(actionPlans);
    }

    static MunicipalityActivity none(String municipalityCode) {
        return new MunicipalityActivity(municipalityCode, 0, Map.of(), Map.of(), Map.of(), null);
    }

    /**
     * The activity after the event, stamped with the next version; empty when the event is not newer than what its
     * aggregate's entry has seen (a redelivery, a replay), or is about none of the three aggregate types.
     */
    Optional<MunicipalityActivity> after(EventEnvelope<?> envelope) {
        String aggregateId = envelope.subject();
        long sequence = envelope.aggregateSequence();
        Object payload = envelope.payload();
        if (payload instanceof InitiativeEvent event) {
            return evolved(initiatives, aggregateId, sequence, before -> InitiativeEntry.after(before, event, sequence))
                    .map(entries -> next(envelope, entries, fundingPools, actionPlans));
        }
        if (payload instanceof FundingPoolEvent event) {
            return evolved(fundingPools, aggregateId, sequence, before -> FundingPoolEntry.after(event, sequence))
                    .map(entries -> next(envelope, initiatives, entries, actionPlans));
        }
        if (payload instanceof ActionPlanEvent event) {
            return evolved(actionPlans, aggregateId, sequence, before -> ActionPlanEntry.after(before, event, sequence))
                    .map(entries -> next(envelope, initiatives, fundingPools, entries));
        }
        return Optional.empty();
    }

    private MunicipalityActivity next(EventEnvelope<?> envelope, Map<String, InitiativeEntry> initiatives,
                                      Map<String, FundingPoolEntry> fundingPools, Map<String, ActionPlanEntry> actionPlans) {
        Instant eventTime = envelope.time().toInstant();
        Instant last = lastEventAt == null || eventTime.isAfter(lastEventAt) ? eventTime : lastEventAt;
        return new MunicipalityActivity(municipalityCode, version + 1, initiatives, fundingPools, actionPlans, last);
    }

    /** The entries with the aggregate's entry evolved; empty when the event is not newer than the entry. */
    private static <E extends ActivityEntry> Optional<Map<String, E>> evolved(Map<String, E> entries, String aggregateId,
                                                                               long sequence, UnaryOperator<E> evolve) {
        E before = entries.get(aggregateId);
        if (before != null && before.sequence() >= sequence) {
            return Optional.empty();
        }
        Map<String, E> after = new HashMap<>(entries);
        after.put(aggregateId, evolve.apply(before));
        return Optional.of(after);
    }
}
