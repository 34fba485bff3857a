package dk.samspil.municipality.actionplan.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.actionplan.command.ActionPlanAdoptedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanFollowedUpEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLeftEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeLinkedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanInitiativeReturnedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanPresentedEvent;
import dk.samspil.municipality.actionplan.command.ActionPlanProposedEvent;
import dk.samspil.municipality.actionplan.command.OrganisationLevel;
import dk.samspil.platform.testing.TestMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ActionPlanProjectionTest {

    private MongoClient client;
    private ActionPlanProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestMongoServer.uri("unused"));
        projection = new ActionPlanProjection(client.getDatabase("action-plans-" + UUID.randomUUID()));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void shows_a_proposed_plan_with_its_six_points() {
        projection.on(proposed("plan-1", 2026), 0);

        ActionPlanView plan = plan("plan-1");
        assertThat(plan.status()).isEqualTo(ActionPlanStatus.PROPOSED);
        assertThat(plan.firstYear()).isEqualTo(2026);
        assertThat(plan.lastYear()).isEqualTo(2027);
        assertThat(plan.analysis()).isEqualTo("Mere uro i nattelivet");
        assertThat(plan.subGoals()).containsExactly("Tryg nattelivskultur");
        assertThat(plan.organisation()).isEqualTo(new ActionPlanView.Organisation(List.of("SSP-styregruppen"),
                List.of("SSP-koordinator"), List.of("Gadeplansmedarbejder")));
        assertThat(plan.proposedBy()).isEqualTo(OrganisationLevel.COORDINATING);
        assertThat(plan.initiativeIds()).containsExactly("i-1", "i-2");
        assertThat(plan.leftInitiatives()).isEmpty();
        assertThat(plan.adoptedOn()).isNull();
        assertThat(plan.followUpDue()).isNull();
    }

    @Test
    void follows_adoption_presentation_and_follow_ups() {
        projection.on(proposed("plan-1", 2026), 0);
        projection.on(new ActionPlanAdoptedEvent("plan-1", "0336", LocalDate.parse("2026-03-10"),
                LocalDate.parse("2027-03-10")), 1);
        projection.on(new ActionPlanPresentedEvent("plan-1", "0336", "1467", LocalDate.parse("2026-06-02")), 2);
        projection.on(new ActionPlanFollowedUpEvent("plan-1", "0336", LocalDate.parse("2027-03-01"), "Roligere",
                LocalDate.parse("2028-03-01")), 3);

        ActionPlanView plan = plan("plan-1");
        assertThat(plan.status()).isEqualTo(ActionPlanStatus.ADOPTED);
        assertThat(plan.adoptedOn()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(plan.presentedOn()).isEqualTo(LocalDate.parse("2026-06-02"));
        assertThat(plan.districtCode()).isEqualTo("1467");
        assertThat(plan.followUps()).containsExactly(new ActionPlanView.FollowUp(LocalDate.parse("2027-03-01"), "Roligere"));
        assertThat(plan.followUpDue()).isEqualTo(LocalDate.parse("2028-03-01"));
    }

    @Test
    void shows_initiatives_that_left_and_returned() {
        projection.on(proposed("plan-1", 2026), 0);
        projection.on(new ActionPlanInitiativeLinkedEvent("plan-1", "0336", "i-3"), 1);
        projection.on(new ActionPlanInitiativeLeftEvent("plan-1", "0336", "i-1", InitiativeStatus.PAUSED), 2);
        projection.on(new ActionPlanInitiativeLeftEvent("plan-1", "0336", "i-2", InitiativeStatus.PAUSED), 3);
        projection.on(new ActionPlanInitiativeLeftEvent("plan-1", "0336", "i-2", InitiativeStatus.WITHDRAWN), 4);
        projection.on(new ActionPlanInitiativeReturnedEvent("plan-1", "0336", "i-1"), 5);

        ActionPlanView plan = plan("plan-1");
        assertThat(plan.initiativeIds()).containsExactly("i-3", "i-1");
        assertThat(plan.leftInitiatives()).containsExactly(
                new ActionPlanView.LeftInitiative("i-2", InitiativeStatus.WITHDRAWN));
        assertThat(plan.leftInitiatives().get(0).statusLabel()).isEqualTo("trukket tilbage");
    }

    @Test
    void a_replayed_event_changes_nothing() {
        projection.on(proposed("plan-1", 2026), 0);
        ActionPlanInitiativeLeftEvent left = new ActionPlanInitiativeLeftEvent("plan-1", "0336", "i-1", InitiativeStatus.PAUSED);
        projection.on(left, 1);
        projection.on(new ActionPlanInitiativeReturnedEvent("plan-1", "0336", "i-1"), 2);

        projection.on(left, 1);
        projection.on(proposed("plan-1", 2026), 0);

        assertThat(plan("plan-1").initiativeIds()).containsExactly("i-2", "i-1");
        assertThat(plan("plan-1").leftInitiatives()).isEmpty();
    }

    @Test
    void lists_a_municipality_s_plans_newest_period_first() {
        projection.on(proposed("plan-old", 2024), 0);
        projection.on(proposed("plan-new", 2026), 0);
        projection.on(new ActionPlanProposedEvent("plan-cph", "0101", 2026, 2027, "A", "M", List.of(), List.of(),
                List.of(), List.of(), List.of(), "F", "D", OrganisationLevel.EXECUTING), 0);

        assertThat(projection.handle(new FetchMunicipalityActionPlansQuery("0336")))
                .extracting(ActionPlanView::id).containsExactly("plan-new", "plan-old");
    }

    @Test
    void a_reset_empties_the_plans_for_a_replay() {
        projection.on(proposed("plan-1", 2026), 0);

        projection.reset();

        assertThat(projection.handle(new FetchActionPlanQuery("plan-1"))).isEmpty();
    }

    private ActionPlanView plan(String id) {
        return projection.handle(new FetchActionPlanQuery(id)).orElseThrow();
    }

    private static ActionPlanProposedEvent proposed(String id, int firstYear) {
        return new ActionPlanProposedEvent(id, "0336", firstYear, firstYear + 1, "Mere uro i nattelivet",
                "Færre unge i kriminalitet", List.of("Tryg nattelivskultur"), List.of("i-1", "i-2"),
                List.of("SSP-styregruppen"), List.of("SSP-koordinator"), List.of("Gadeplansmedarbejder"),
                "Puljen", "Årlig opfølgning", OrganisationLevel.COORDINATING);
    }
}
