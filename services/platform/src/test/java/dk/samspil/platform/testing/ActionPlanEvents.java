package dk.samspil.platform.testing;

import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.EventTypes;
import dk.samspil.contracts.municipality.ActionPlanAdopted;
import dk.samspil.contracts.municipality.ActionPlanFollowedUp;
import dk.samspil.contracts.municipality.ActionPlanInitiativeLinked;
import dk.samspil.contracts.municipality.ActionPlanPresented;
import dk.samspil.contracts.municipality.ActionPlanProposed;
import dk.samspil.contracts.reference.ReferenceData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dk.samspil.platform.testing.ContractEnvelopes.envelope;

/** Action-plan events as a municipality publishes them. */
public final class ActionPlanEvents {

    private ActionPlanEvents() {
    }

    /** A two-year plan from {@code firstYear}. */
    public static EventEnvelope<ActionPlanProposed> proposed(String actionPlanId, String kommunekode, int firstYear,
                                                             Instant time) {
        return envelope(EventTypes.ACTION_PLAN_PROPOSED, actionPlanId, kommunekode, 0, time,
                new ActionPlanProposed(actionPlanId, kommunekode, firstYear, firstYear + 1,
                        "Flere unge samles ved stationen fredag aften", "Trygge rammer for unge i fritiden",
                        List.of("Færre unge i nattelivet med rusmidler"), List.of(), List.of("SSP-styregruppen"),
                        List.of("SSP-konsulent"), List.of("Klubmedarbejdere"), "Puljen", "Årlig opfølgning"));
    }

    /** The follow-up falls due a year after adoption. */
    public static EventEnvelope<ActionPlanAdopted> adopted(String actionPlanId, String kommunekode, long sequence,
                                                           LocalDate adoptedOn, Instant time) {
        return envelope(EventTypes.ACTION_PLAN_ADOPTED, actionPlanId, kommunekode, sequence, time,
                new ActionPlanAdopted(actionPlanId, kommunekode, adoptedOn, adoptedOn.plusYears(1)));
    }

    public static EventEnvelope<ActionPlanPresented> presented(String actionPlanId, String kommunekode, long sequence,
                                                               LocalDate presentedOn, Instant time) {
        return envelope(EventTypes.ACTION_PLAN_PRESENTED, actionPlanId, kommunekode, sequence, time,
                new ActionPlanPresented(actionPlanId, kommunekode,
                        ReferenceData.instance().districtOf(kommunekode).code(), presentedOn));
    }

    public static EventEnvelope<ActionPlanFollowedUp> followedUp(String actionPlanId, String kommunekode, long sequence,
                                                                 LocalDate followedUpOn, Instant time) {
        return envelope(EventTypes.ACTION_PLAN_FOLLOWED_UP, actionPlanId, kommunekode, sequence, time,
                new ActionPlanFollowedUp(actionPlanId, kommunekode, followedUpOn, "Delmålene er fulgt",
                        followedUpOn.plusYears(1)));
    }

    public static EventEnvelope<ActionPlanInitiativeLinked> initiativeLinked(String actionPlanId, String kommunekode,
                                                                             long sequence, String initiativeId,
                                                                             Instant time) {
        return envelope(EventTypes.ACTION_PLAN_INITIATIVE_LINKED, actionPlanId, kommunekode, sequence, time,
                new ActionPlanInitiativeLinked(actionPlanId, kommunekode, initiativeId));
    }
}
