package dk.samspil.municipality.actionplan.command;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import dk.samspil.municipality.initiative.command.InitiativeCompletedEvent;
import dk.samspil.municipality.initiative.command.InitiativePausedEvent;
import dk.samspil.municipality.initiative.command.InitiativeRegisteredEvent;
import dk.samspil.municipality.initiative.command.InitiativeResumedEvent;
import dk.samspil.municipality.initiative.command.InitiativeWithdrawnEvent;
import dk.samspil.platform.testing.TestMongoServer;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.eventhandling.ReplayStatus.REGULAR;
import static org.axonframework.eventhandling.ReplayStatus.REPLAY;

/** The automation on the Mongo-wire server; the commands it sends are recorded by a real command bus. */
class ActionPlanMembershipTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private final List<Object> sent = new ArrayList<>();
    private MongoClient client;
    private ActionPlanMembership membership;

    @BeforeEach
    void setUp() {
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(LeaveActionPlanCommand.class.getName(), command -> sent.add(command.getPayload()));
        commandBus.subscribe(ReturnToActionPlanCommand.class.getName(), command -> sent.add(command.getPayload()));
        client = MongoClients.create(TestMongoServer.uri("unused"));
        membership = new ActionPlanMembership(client.getDatabase("memberships-" + UUID.randomUUID()),
                DefaultCommandGateway.builder().commandBus(commandBus).build());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void a_paused_initiative_leaves_every_plan_it_is_in() {
        membership.on(registered("i-1"));
        membership.on(proposed("plan-a", "i-1"), REGULAR);
        membership.on(new ActionPlanInitiativeLinkedEvent("plan-b", "0336", "i-1"), REGULAR);

        membership.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Koordinatoren er sygemeldt"), REGULAR);

        assertThat(sent).containsExactly(new LeaveActionPlanCommand("plan-a", "i-1", InitiativeStatus.PAUSED),
                new LeaveActionPlanCommand("plan-b", "i-1", InitiativeStatus.PAUSED));
    }

    @Test
    void a_withdrawn_or_completed_initiative_leaves_with_that_status() {
        membership.on(registered("i-1"));
        membership.on(registered("i-2"));
        membership.on(proposed("plan-a", "i-1", "i-2"), REGULAR);

        membership.on(new InitiativeWithdrawnEvent("i-1", "0336", "Ingen deltagere", null), REGULAR);
        membership.on(new InitiativeCompletedEvent("i-2", "0336", TODAY, "Godt forløb", List.of(), 0, 0), REGULAR);

        assertThat(sent).containsExactly(new LeaveActionPlanCommand("plan-a", "i-1", InitiativeStatus.WITHDRAWN),
                new LeaveActionPlanCommand("plan-a", "i-2", InitiativeStatus.COMPLETED));
    }

    @Test
    void a_resumed_initiative_asks_every_plan_to_take_it_back() {
        membership.on(registered("i-1"));
        membership.on(proposed("plan-a", "i-1"), REGULAR);
        membership.on(new ActionPlanInitiativeLinkedEvent("plan-b", "0336", "i-1"), REGULAR);
        membership.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Pause"), REGULAR);
        sent.clear();

        membership.on(new InitiativeResumedEvent("i-1", "0336", TODAY, TODAY.plusMonths(6)), REGULAR);

        assertThat(sent).containsExactly(new ReturnToActionPlanCommand("plan-a", "i-1"),
                new ReturnToActionPlanCommand("plan-b", "i-1"));
        assertThat(membership.handle(new FetchInitiativeForPlanQuery("i-1"))).hasValueSatisfying(initiative ->
                assertThat(initiative.status()).isEqualTo(InitiativeStatus.ACTIVE));
    }

    @Test
    void an_initiative_linked_while_paused_leaves_at_once() {
        membership.on(registered("i-1"));
        membership.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Pause"), REGULAR);
        assertThat(sent).isEmpty();

        membership.on(new ActionPlanInitiativeLinkedEvent("plan-a", "0336", "i-1"), REGULAR);

        assertThat(sent).containsExactly(new LeaveActionPlanCommand("plan-a", "i-1", InitiativeStatus.PAUSED));
    }

    @Test
    void an_initiative_in_no_plan_sends_nothing() {
        membership.on(registered("i-1"));

        membership.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Pause"), REGULAR);
        membership.on(new InitiativeResumedEvent("i-1", "0336", TODAY, TODAY.plusMonths(6)), REGULAR);

        assertThat(sent).isEmpty();
    }

    @Test
    void a_replay_rebuilds_the_memberships_without_sending_commands() {
        membership.on(registered("i-1"));
        membership.on(proposed("plan-a", "i-1"), REPLAY);
        membership.on(new InitiativePausedEvent("i-1", "0336", TODAY, "Pause"), REPLAY);
        membership.on(new InitiativeResumedEvent("i-1", "0336", TODAY, TODAY.plusMonths(6)), REPLAY);
        membership.on(new InitiativeWithdrawnEvent("i-1", "0336", "Stoppet", null), REPLAY);

        assertThat(sent).isEmpty();
        assertThat(membership.handle(new FetchInitiativeForPlanQuery("i-1"))).contains(
                new InitiativeForPlan("i-1", "0336", InitiativeStatus.WITHDRAWN, List.of("plan-a")));
    }

    @Test
    void knows_each_initiative_s_municipality_and_status() {
        membership.on(registered("i-1"));

        assertThat(membership.handle(new FetchInitiativeForPlanQuery("i-1"))).contains(
                new InitiativeForPlan("i-1", "0336", InitiativeStatus.DRAFT, List.of()));
        assertThat(membership.handle(new FetchInitiativeForPlanQuery("i-unknown"))).isEmpty();
    }

    @Test
    void a_reset_empties_the_memberships_for_a_replay() {
        membership.on(registered("i-1"));

        membership.reset();

        assertThat(membership.handle(new FetchInitiativeForPlanQuery("i-1"))).isEmpty();
    }

    private static ActionPlanProposedEvent proposed(String actionPlanId, String... initiativeIds) {
        return new ActionPlanProposedEvent(actionPlanId, "0336", 2026, 2027, "Analyse", "Mål", List.of(),
                List.of(initiativeIds), List.of(), List.of(), List.of(), "Puljen", "Opfølgning",
                OrganisationLevel.EXECUTING);
    }

    private static InitiativeRegisteredEvent registered(String initiativeId) {
        return new InitiativeRegisteredEvent(initiativeId, "0336", "Trygt natteliv", PreventionLevel.PREVENTIVE,
                InitiativeScope.LOCAL, LocalDate.parse("2026-04-01"), LocalDate.parse("2027-03-31"), List.of(),
                InitiativeStatus.DRAFT, null, null, List.of(), List.of(), List.of(), null, null, null, null, null,
                null, List.of(), null, List.of(), List.of());
    }
}
