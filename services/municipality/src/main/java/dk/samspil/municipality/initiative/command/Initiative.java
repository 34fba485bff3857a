package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.InitiativeStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An initiative (indsats): a crime-preventive effort of one municipality. */
@Aggregate
public class Initiative {

    @AggregateIdentifier
    private String initiativeId;
    private String municipalityCode;
    private InitiativeStatus status;

    protected Initiative() {
        // for Axon
    }

    @CommandHandler
    public Initiative(RegisterInitiativeCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InitiativeRuleViolation("name", "En indsats skal have et navn");
        }
        if (command.startDate() == null || command.endDate() == null) {
            throw new InitiativeRuleViolation(command.startDate() == null ? "startDate" : "endDate",
                    "En indsats skal have en start- og en slutdato");
        }
        if (command.endDate().isBefore(command.startDate())) {
            throw new InitiativeRuleViolation("endDate", "Slutdatoen ligger før startdatoen");
        }
        apply(new InitiativeRegisteredEvent(command.initiativeId(), command.municipalityCode(), command.name().strip(),
                command.preventionLevel(), command.scope(), command.startDate(), command.endDate(),
                command.themes() == null ? List.of() : List.copyOf(command.themes()), InitiativeStatus.SUBMITTED,
                null, null, List.of(), List.of(), List.of(), null, null, null, null, null, null, List.of(), null,
                List.of(), List.of()));
    }

    @CommandHandler
    public void handle(ApproveInitiativeCommand command) {
        if (!municipalityCode.equals(command.municipalityCode())) {
            throw new InitiativeNotFoundException(initiativeId, command.municipalityCode());
        }
        if (status != InitiativeStatus.SUBMITTED) {
            throw new InitiativeTransitionException(status, "Indsatsen er allerede godkendt");
        }
        apply(new InitiativeApprovedEvent(initiativeId, municipalityCode));
    }

    @EventSourcingHandler
    void on(InitiativeRegisteredEvent event) {
        initiativeId = event.initiativeId();
        municipalityCode = event.municipalityCode();
        status = InitiativeStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(InitiativeApprovedEvent event) {
        status = InitiativeStatus.APPROVED;
    }
}
