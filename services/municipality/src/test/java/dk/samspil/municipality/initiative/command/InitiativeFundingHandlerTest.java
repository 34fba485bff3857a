package dk.samspil.municipality.initiative.command;

import dk.samspil.municipality.fundingpool.command.FundingPool;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReleasedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsReservedEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolFundsSettledEvent;
import dk.samspil.municipality.fundingpool.command.FundingPoolRuleViolation;
import dk.samspil.municipality.fundingpool.command.InsufficientFundsException;
import dk.samspil.municipality.fundingpool.command.OpenFundingPoolCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.samspil.platform.personaldata.Sealer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static dk.samspil.municipality.initiative.command.Applications.ID;
import static dk.samspil.municipality.initiative.command.Applications.STEVNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The steps that move money change the initiative and its pool in one unit of work, on a real Axon configuration with
 * an in-memory event store: what either refuses, neither stores.
 */
class InitiativeFundingHandlerTest {

    private static final String POOL = "0336-2026";
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private InMemoryEventStorageEngine storage;
    private Configuration axon;
    private CommandGateway commands;

    @AfterEach
    void shutDown() {
        axon.shutdown();
    }

    @Test
    void a_budget_approval_reserves_the_total_in_the_pool_of_its_year() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(300_000);
        approvedByLeaderGroup();

        commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null));

        assertThat(payloads(ID).get(payloads(ID).size() - 1)).isInstanceOf(InitiativeBudgetApprovedEvent.class);
        assertThat(payloads(POOL)).last().isEqualTo(
                new FundingPoolFundsReservedEvent(POOL, STEVNS, 2026, ID, 30_000, 300_000, 30_000, 0));
    }

    @Test
    void a_budget_larger_than_what_is_left_stores_nothing_in_either() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(20_000);
        approvedByLeaderGroup();
        int initiativeEvents = payloads(ID).size();

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null)))
                .isInstanceOfSatisfying(InsufficientFundsException.class, e -> assertThat(e.remaining()).isEqualTo(20_000));
        assertThat(payloads(ID)).hasSize(initiativeEvents);
        assertThat(payloads(POOL)).hasSize(1);
    }

    @Test
    void a_budget_refused_by_the_initiative_reserves_nothing() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(300_000);
        approvedByLeaderGroup();

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2027, null)))
                .isInstanceOf(InitiativeRuleViolation.class);
        assertThat(payloads(POOL)).hasSize(1);
    }

    @Test
    void without_a_pool_for_the_year_the_budget_is_refused_on_the_accounting_year() {
        startOn(LocalDate.parse("2026-11-20"));
        approvedByLeaderGroup();

        assertThatThrownBy(() -> commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null)))
                .isInstanceOfSatisfying(InitiativeRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("accountingYear"));
        assertThat(payloads(ID)).last().isInstanceOf(InitiativeApprovedEvent.class);
    }

    @Test
    void withdrawing_a_funded_initiative_releases_its_reservation() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(300_000);
        approvedByLeaderGroup();
        commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null));

        commands.sendAndWait(new WithdrawInitiativeCommand(ID, STEVNS, "Tovholderen stoppede"));

        assertThat(payloads(POOL)).last().isEqualTo(
                new FundingPoolFundsReleasedEvent(POOL, STEVNS, 2026, ID, 30_000, 300_000, 0, 0));
    }

    @Test
    void completion_settles_the_actual_amount_and_returns_the_rest() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(300_000);
        running();

        commands.sendAndWait(completion());

        assertThat(payloads(ID)).last().isInstanceOf(InitiativeCompletedEvent.class);
        assertThat(payloads(POOL)).last().isEqualTo(
                new FundingPoolFundsSettledEvent(POOL, STEVNS, 2026, ID, 30_000, 26_200, 300_000, 0, 26_200));
    }

    @Test
    void completion_after_the_receipts_were_due_stores_nothing() {
        startOn(LocalDate.parse("2026-11-20"));
        openPool(300_000);
        running();
        axon.shutdown();
        restartOn(LocalDate.parse("2026-12-16"));
        int initiativeEvents = payloads(ID).size();

        assertThatThrownBy(() -> commands.sendAndWait(completion()))
                .isInstanceOfSatisfying(FundingPoolRuleViolation.class,
                        e -> assertThat(e.field()).isEqualTo("accountingYear"));
        assertThat(payloads(ID)).hasSize(initiativeEvents);
    }

    private void startOn(LocalDate today) {
        storage = new InMemoryEventStorageEngine();
        restartOn(today);
    }

    /** A fresh Axon configuration over the same stored events, with another today. */
    private void restartOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay(DENMARK).toInstant(), DENMARK);
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> storage)
                .configureAggregate(Initiative.class)
                .configureAggregate(FundingPool.class)
                .registerComponent(Clock.class, configuration -> clock)
                .registerComponent(Sealer.class, configuration -> Applications.SEALER)
                .registerCommandHandler(configuration -> new InitiativeFundingHandler(
                        configuration.repository(Initiative.class), configuration.repository(FundingPool.class)))
                .buildConfiguration();
        axon.start();
        commands = axon.commandGateway();
    }

    private void openPool(long amount) {
        commands.sendAndWait(new OpenFundingPoolCommand(POOL, STEVNS, 2026, amount));
    }

    private void approvedByLeaderGroup() {
        commands.sendAndWait(new RegisterInitiativeCommand(ID, STEVNS, Applications.complete()));
        commands.sendAndWait(new SubmitInitiativeCommand(ID, STEVNS));
        commands.sendAndWait(new ApproveInitiativeCommand(ID, STEVNS, null));
    }

    private void running() {
        approvedByLeaderGroup();
        commands.sendAndWait(new ApproveInitiativeBudgetCommand(ID, STEVNS, 2026, null));
        commands.sendAndWait(new ActivateInitiativeCommand(ID, STEVNS, null));
    }

    private static CompleteInitiativeCommand completion() {
        return new CompleteInitiativeCommand(ID, STEVNS, "Målene er nået", null, List.of(
                new ActualAmount("Forplejning", 11_200L), new ActualAmount("Oplægsholder", 15_000L)));
    }

    private List<Object> payloads(String aggregateId) {
        return axon.eventStore().readEvents(aggregateId).asStream().<Object>map(EventMessage::getPayload).toList();
    }
}
