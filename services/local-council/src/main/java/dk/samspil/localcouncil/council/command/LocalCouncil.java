package dk.samspil.localcouncil.council.command;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.ThemeTrend;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A local council (lokalråd), id as in the reference table ({@code LR-0336}). It exists by reference data, not by a
 * step of its own: its stream starts with whatever it does first (an activity, a report, a decision arriving), hence
 * {@link AggregateCreationPolicy#CREATE_IF_MISSING} on every command instead of an explicit creation.
 */
@Aggregate
public class LocalCouncil {

    @AggregateIdentifier
    private String localCouncilId;
    private final Map<String, AssignedDecision> decisions = new HashMap<>();

    protected LocalCouncil() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordLocalActivityCommand command) {
        for (String code : command.municipalityCodes()) {
            if (!command.coveredMunicipalityCodes().contains(code)) {
                throw new LocalCouncilRuleViolation("municipalityCodes", code,
                        "Lokalråd " + command.localCouncilId() + " dækker ikke kommune " + code);
            }
        }
        if (command.heldOn().isAfter(command.today())) {
            throw new LocalCouncilRuleViolation("heldOn", command.heldOn(),
                    "En aktivitet registreres, når den er holdt; " + command.heldOn() + " ligger i fremtiden");
        }
        apply(new LocalActivityRecordedEvent(command.localCouncilId(), command.districtCode(), command.activityId(),
                command.kind(), command.title(), command.description(), command.themes(), command.municipalityCodes(),
                command.heldOn(), command.participants()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitLocalReportCommand command) {
        if (!command.periodEnd().isAfter(command.periodStart())) {
            throw new LocalCouncilRuleViolation("periodEnd", command.periodEnd(),
                    "Periodens slutning skal ligge efter dens begyndelse " + command.periodStart());
        }
        if (command.periodEnd().isAfter(command.today())) {
            throw new LocalCouncilRuleViolation("periodEnd", command.periodEnd(),
                    "En rapport dækker en afsluttet periode; " + command.periodEnd() + " ligger i fremtiden");
        }
        requireEachThemeOnce(command.themeTrends());
        apply(new LocalReportSubmittedEvent(command.localCouncilId(), command.districtCode(), command.reportId(),
                command.periodStart(), command.periodEnd(), command.themeTrends(), command.figures(), command.text(),
                command.today()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveDecisionCommand command) {
        if (decisions.containsKey(command.decisionId())) {
            return;
        }
        apply(new DecisionReceivedEvent(command.localCouncilId(), command.districtCode(), command.decisionId(),
                command.title(), command.description(), command.themes(), command.dueDate()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReportDecisionImplementationCommand command) {
        AssignedDecision decision = decisions.get(command.decisionId());
        if (decision == null) {
            throw new DecisionNotAssignedException(command.localCouncilId(), command.decisionId());
        }
        if (decision.status() == DecisionImplementationStatus.DONE) {
            throw new DecisionTransitionException(decision.status(), "Beslutningen er gennemført; der kan ikke rapporteres mere på den");
        }
        if (command.status().compareTo(decision.status()) < 0) {
            throw new DecisionTransitionException(decision.status(), "Beslutningen er " + decision.status().label()
                    + " og kan ikke gå tilbage til " + command.status().label());
        }
        apply(new DecisionImplementationReportedEvent(command.localCouncilId(), decision.districtCode(),
                command.decisionId(), command.status(), command.note(), command.today()));
    }

    private static void requireEachThemeOnce(List<ThemeTrend> themeTrends) {
        if (themeTrends.isEmpty()) {
            throw new LocalCouncilRuleViolation("themeTrends", List.of(), "En rapport skal angive udviklingen for mindst ét tema");
        }
        Set<Theme> seen = new HashSet<>();
        for (ThemeTrend trend : themeTrends) {
            if (!seen.add(trend.theme())) {
                throw new LocalCouncilRuleViolation("themeTrends", trend.theme(),
                        "Temaet " + trend.theme().label() + " (" + trend.theme() + ") står mere end én gang i rapporten");
            }
        }
    }

    @EventSourcingHandler
    void on(LocalActivityRecordedEvent event) {
        localCouncilId = event.localCouncilId();
    }

    @EventSourcingHandler
    void on(LocalReportSubmittedEvent event) {
        localCouncilId = event.localCouncilId();
    }

    @EventSourcingHandler
    void on(DecisionReceivedEvent event) {
        localCouncilId = event.localCouncilId();
        decisions.put(event.decisionId(), new AssignedDecision(event.districtCode(), DecisionImplementationStatus.PLANNED));
    }

    @EventSourcingHandler
    void on(DecisionImplementationReportedEvent event) {
        decisions.put(event.decisionId(), new AssignedDecision(event.districtCode(), event.status()));
    }

    private record AssignedDecision(String districtCode, DecisionImplementationStatus status) {
    }
}
