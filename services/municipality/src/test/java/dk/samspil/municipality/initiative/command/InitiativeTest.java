package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.municipality.PreventionLevel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;


class InitiativeTest {

    private static final String ID = "7d0c6f0e-1b7a-4d2c-9a55-2f1e0b9c3d41";
    private static final LocalDate APRIL = LocalDate.parse("2026-04-01");
    private static final LocalDate NEXT_MARCH = LocalDate.parse("2027-03-31");

    private FixtureConfiguration<Initiative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Initiative.class);
    }

    @Test
    void a_registered_initiative_records_what_was_applied_for() {
        fixture.givenNoPriorActivity()
                .when(register("  Trygt natteliv  ", APRIL, NEXT_MARCH))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void an_initiative_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(register("Trygt natteliv", NEXT_MARCH, APRIL))
                .expectNoEvents()
                .expectException(InitiativeRuleViolation.class)
                .expectExceptionMessage("Slutdatoen ligger før startdatoen");
    }

    @Test
    void an_initiative_may_start_and_end_on_the_same_day() {
        fixture.givenNoPriorActivity()
                .when(register("Temadag om nikotinprodukter", APRIL, APRIL))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_initiative_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(register(" ", APRIL, NEXT_MARCH))
                .expectNoEvents()
                .expectException(InitiativeRuleViolation.class);
    }

    @Test
    void an_initiative_needs_a_period() {
        fixture.givenNoPriorActivity()
                .when(register("Trygt natteliv", APRIL, null))
                .expectNoEvents()
                .expectException(InitiativeRuleViolation.class);
    }

    @Test
    void the_leader_group_approves_a_registered_initiative() {
        fixture.given(registered())
                .when(new ApproveInitiativeCommand(ID, "0336"))
                .expectEvents(new InitiativeApprovedEvent(ID, "0336"));
    }

    @Test
    void an_approved_initiative_cannot_be_approved_again() {
        fixture.given(registered(), new InitiativeApprovedEvent(ID, "0336"))
                .when(new ApproveInitiativeCommand(ID, "0336"))
                .expectNoEvents()
                .expectException(InitiativeTransitionException.class)
                .expectException(Matchers.<InitiativeTransitionException>predicate(
                        exception -> exception.currentStatus() == InitiativeStatus.APPROVED));
    }

    @Test
    void another_municipality_cannot_see_or_approve_the_initiative() {
        fixture.given(registered())
                .when(new ApproveInitiativeCommand(ID, "0101"))
                .expectNoEvents()
                .expectException(InitiativeNotFoundException.class);
    }

    private static RegisterInitiativeCommand register(String name, LocalDate start, LocalDate end) {
        return new RegisterInitiativeCommand(ID, "0336", name, PreventionLevel.PREVENTIVE, InitiativeScope.LOCAL,
                start, end, List.of("natteliv"));
    }

    private static InitiativeRegisteredEvent registered() {
        return new InitiativeRegisteredEvent(ID, "0336", "Trygt natteliv", PreventionLevel.PREVENTIVE,
                InitiativeScope.LOCAL, APRIL, NEXT_MARCH, List.of("natteliv"));
    }
}
