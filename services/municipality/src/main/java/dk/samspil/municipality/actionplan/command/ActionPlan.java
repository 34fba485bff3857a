package dk.samspil.municipality.actionplan.command;

import dk.samspil.contracts.municipality.ActionPlanStatus;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.reference.ReferenceData;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A municipality's two-year action plan (handleplan): proposed by the executing or coordinating level, adopted by the
 * leadership level, presented at the district council in the year of adoption, followed up every year. It shows what
 * really happens: an initiative that is paused, withdrawn or completed leaves it, and a paused one returns on resumption.
 */
@Aggregate
public class ActionPlan {

    public static final int FIRST_POSSIBLE_YEAR = 2000;
    public static final int LAST_POSSIBLE_YEAR = 2100;
    /** An initiative in one of these states is not part of any plan. */
    public static final Set<InitiativeStatus> LEAVING_STATUSES =
            Set.of(InitiativeStatus.PAUSED, InitiativeStatus.WITHDRAWN, InitiativeStatus.COMPLETED);

    @AggregateIdentifier
    private String actionPlanId;
    private String municipalityCode;
    private int lastYear;
    private ActionPlanStatus status;
    private LocalDate adoptedOn;
    private boolean presented;
    private final Set<String> initiatives = new HashSet<>();
    private final Map<String, InitiativeStatus> leftInitiatives = new HashMap<>();

    protected ActionPlan() {
        // for Axon
    }

    @CommandHandler
    public ActionPlan(ProposeActionPlanCommand command) {
        if (command.firstYear() < FIRST_POSSIBLE_YEAR || command.firstYear() > LAST_POSSIBLE_YEAR) {
            throw new ActionPlanRuleViolation("firstYear", "Handleplanens første år skal ligge mellem "
                    + FIRST_POSSIBLE_YEAR + " og " + LAST_POSSIBLE_YEAR);
        }
        if (command.proposedBy() == null || command.proposedBy() == OrganisationLevel.STRATEGIC) {
            throw new ActionPlanRuleViolation("proposedBy",
                    "En handleplan foreslås af det udførende eller koordinerende niveau; ledelsesniveauet vedtager den");
        }
        requireText("analysis", command.analysis(), "Analysen af den lokale kriminalitetssituation skal udfyldes");
        requireText("overallGoal", command.overallGoal(), "Det overordnede mål skal udfyldes");
        requireText("financing", command.financing(), "Finansieringen skal beskrives");
        requireText("documentation", command.documentation(), "Dokumentation og opfølgning skal beskrives");
        apply(new ActionPlanProposedEvent(command.actionPlanId(), command.municipalityCode(), command.firstYear(),
                command.firstYear() + 1, command.analysis().strip(), command.overallGoal().strip(),
                listOf(command.subGoals()), List.copyOf(new LinkedHashSet<>(listOf(command.initiativeIds()))),
                listOf(command.strategicRoles()), listOf(command.coordinatingRoles()),
                listOf(command.executingRoles()), command.financing().strip(), command.documentation().strip(),
                command.proposedBy()));
    }

    @CommandHandler
    public void handle(AdoptActionPlanCommand command, Clock clock) {
        requireMunicipality(command.municipalityCode());
        if (status != ActionPlanStatus.PROPOSED) {
            throw new ActionPlanTransitionException(status, "Handleplanen er allerede vedtaget");
        }
        LocalDate adopted = dateOrToday("adoptedOn", command.adoptedOn(), clock);
        if (adopted.getYear() > lastYear) {
            throw new ActionPlanRuleViolation("adoptedOn", "Handleplanens periode sluttede med " + lastYear);
        }
        apply(new ActionPlanAdoptedEvent(actionPlanId, municipalityCode, adopted, adopted.plusYears(1)));
    }

    @CommandHandler
    public void handle(PresentActionPlanCommand command, Clock clock) {
        requireMunicipality(command.municipalityCode());
        requireAdopted("fremlægges i kredsrådet");
        if (presented) {
            throw new ActionPlanTransitionException(status, "Handleplanen er allerede fremlagt i kredsrådet");
        }
        LocalDate presentedOn = dateOrToday("presentedOn", command.presentedOn(), clock);
        if (presentedOn.isBefore(adoptedOn) || presentedOn.getYear() != adoptedOn.getYear()) {
            throw new ActionPlanRuleViolation("presentedOn", "Handleplanen fremlægges i kredsrådet i det år, den "
                    + "vedtages: mellem " + adoptedOn + " og 31. december " + adoptedOn.getYear());
        }
        apply(new ActionPlanPresentedEvent(actionPlanId, municipalityCode,
                ReferenceData.instance().districtOf(municipalityCode).code(), presentedOn));
    }

    @CommandHandler
    public void handle(FollowUpActionPlanCommand command, Clock clock) {
        requireMunicipality(command.municipalityCode());
        requireAdopted("følges op");
        requireText("summary", command.summary(), "Opfølgningen skal have et resumé");
        LocalDate followedUpOn = dateOrToday("followedUpOn", command.followedUpOn(), clock);
        if (followedUpOn.isBefore(adoptedOn)) {
            throw new ActionPlanRuleViolation("followedUpOn", "Opfølgningen kan ikke ligge før vedtagelsen " + adoptedOn);
        }
        apply(new ActionPlanFollowedUpEvent(actionPlanId, municipalityCode, followedUpOn, command.summary().strip(),
                followedUpOn.plusYears(1)));
    }

    /** Returns the plan's status, which linking does not change. */
    @CommandHandler
    public ActionPlanStatus handle(LinkInitiativeCommand command) {
        requireMunicipality(command.municipalityCode());
        if (initiatives.contains(command.initiativeId())) {
            throw new ActionPlanRuleViolation("initiativeId", "Indsatsen er allerede med i handleplanen");
        }
        InitiativeStatus left = leftInitiatives.get(command.initiativeId());
        if (left != null) {
            throw new ActionPlanRuleViolation("initiativeId", "Indsatsen har forladt handleplanen, da den blev "
                    + left.label());
        }
        apply(new ActionPlanInitiativeLinkedEvent(actionPlanId, municipalityCode, command.initiativeId()));
        return status;
    }

    /**
     * Does nothing when the initiative is not in the plan, so a repeated command is harmless; an initiative that left
     * because of a pause and is then withdrawn or completed leaves again with the final status, so the plan says why.
     */
    @CommandHandler
    public void handle(LeaveActionPlanCommand command) {
        if (!LEAVING_STATUSES.contains(command.initiativeStatus())) {
            throw new IllegalArgumentException("An initiative leaves a plan only when paused, withdrawn or completed, not "
                    + command.initiativeStatus());
        }
        boolean inPlan = initiatives.contains(command.initiativeId());
        boolean pauseBecameFinal = leftInitiatives.get(command.initiativeId()) == InitiativeStatus.PAUSED
                && command.initiativeStatus() != InitiativeStatus.PAUSED;
        if (inPlan || pauseBecameFinal) {
            apply(new ActionPlanInitiativeLeftEvent(actionPlanId, municipalityCode, command.initiativeId(),
                    command.initiativeStatus()));
        }
    }

    /** Only an initiative that left because of a pause returns; otherwise nothing happens. */
    @CommandHandler
    public void handle(ReturnToActionPlanCommand command) {
        if (leftInitiatives.get(command.initiativeId()) == InitiativeStatus.PAUSED) {
            apply(new ActionPlanInitiativeReturnedEvent(actionPlanId, municipalityCode, command.initiativeId()));
        }
    }

    private void requireMunicipality(String askingMunicipality) {
        if (!municipalityCode.equals(askingMunicipality)) {
            throw new ActionPlanNotFoundException(actionPlanId, askingMunicipality);
        }
    }

    private void requireAdopted(String step) {
        if (status != ActionPlanStatus.ADOPTED) {
            throw new ActionPlanTransitionException(status, "Handleplanen skal være vedtaget, før den kan " + step);
        }
    }

    private static LocalDate dateOrToday(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new ActionPlanRuleViolation(field, "Datoen " + date + " ligger i fremtiden");
        }
        return date;
    }

    private static void requireText(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            throw new ActionPlanRuleViolation(field, message);
        }
    }

    private static List<String> listOf(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::strip).toList();
    }

    @EventSourcingHandler
    void on(ActionPlanProposedEvent event) {
        actionPlanId = event.actionPlanId();
        municipalityCode = event.municipalityCode();
        lastYear = event.lastYear();
        status = ActionPlanStatus.PROPOSED;
        initiatives.addAll(event.initiativeIds());
    }

    @EventSourcingHandler
    void on(ActionPlanAdoptedEvent event) {
        status = ActionPlanStatus.ADOPTED;
        adoptedOn = event.adoptedOn();
    }

    @EventSourcingHandler
    void on(ActionPlanPresentedEvent event) {
        presented = true;
    }

    @EventSourcingHandler
    void on(ActionPlanInitiativeLinkedEvent event) {
        initiatives.add(event.initiativeId());
    }

    @EventSourcingHandler
    void on(ActionPlanInitiativeLeftEvent event) {
        initiatives.remove(event.initiativeId());
        leftInitiatives.put(event.initiativeId(), event.initiativeStatus());
    }

    @EventSourcingHandler
    void on(ActionPlanInitiativeReturnedEvent event) {
        leftInitiatives.remove(event.initiativeId());
        initiatives.add(event.initiativeId());
    }
}
