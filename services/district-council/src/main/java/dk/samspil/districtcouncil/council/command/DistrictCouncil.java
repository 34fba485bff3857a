package dk.samspil.districtcouncil.council.command;

import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The district council (kredsråd) of one police district, identified by its politikredskode. Every police district
 * has one by law, so the council comes into being with its first step: there is nothing to found.
 */
@Aggregate
public class DistrictCouncil {

    @AggregateIdentifier
    private String districtCode;
    private CooperationPlanDraftedEvent latestDraft;
    private int publishedVersion;
    private final Map<String, LocalDate> meetingDates = new HashMap<>();
    private final Map<String, Decision> decisions = new HashMap<>();

    protected DistrictCouncil() {
        // for Axon, and the council's first step
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetDistrictPrioritiesCommand command) {
        requirePeriod(command.periodStart(), command.periodEnd());
        if (command.priorities().isEmpty()) {
            throw new DistrictCouncilRuleViolation("priorities", "", "Angiv mindst én prioritet");
        }
        Set<Theme> themes = new HashSet<>();
        for (DistrictPriority priority : command.priorities()) {
            if (!themes.add(priority.theme())) {
                throw new DistrictCouncilRuleViolation("priorities", priority.theme().name(),
                        "Temaet " + priority.theme().label() + " er prioriteret mere end én gang");
            }
        }
        apply(new DistrictPrioritiesSetEvent(command.districtCode(), command.periodStart(), command.periodEnd(),
                List.copyOf(command.priorities())));
    }

    /** Answers the new draft's version: 1 for the first, then one more than the latest. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    int handle(DraftCooperationPlanCommand command) {
        requirePeriod(command.periodStart(), command.periodEnd());
        int version = latestDraftVersion() + 1;
        apply(new CooperationPlanDraftedEvent(command.districtCode(), version, command.title(), command.periodStart(),
                command.periodEnd(), command.text()));
        return version;
    }

    /** Answers the day of publication, today in Denmark. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    LocalDate handle(PublishCooperationPlanCommand command, Clock clock) {
        if (latestDraft == null) {
            throw new CooperationPlanTransitionException(CooperationPlanStatus.NONE,
                    "Samarbejdsplanen har intet udkast, der kan offentliggøres");
        }
        if (command.version() < 1 || command.version() > latestDraftVersion()) {
            throw new DistrictCouncilRuleViolation("version", String.valueOf(command.version()),
                    "Samarbejdsplanen har ingen version " + command.version());
        }
        if (command.version() == publishedVersion) {
            throw new CooperationPlanTransitionException(CooperationPlanStatus.PUBLISHED,
                    "Version " + command.version() + " af samarbejdsplanen er allerede offentliggjort");
        }
        if (command.version() != latestDraftVersion()) {
            throw new CooperationPlanTransitionException(planStatus(), "Kun det seneste udkast (version "
                    + latestDraftVersion() + ") af samarbejdsplanen kan offentliggøres");
        }
        LocalDate today = LocalDate.now(clock);
        apply(new CooperationPlanPublishedEvent(districtCode, latestDraft.version(), latestDraft.title(),
                latestDraft.periodStart(), latestDraft.periodEnd(), latestDraft.text(), today));
        return today;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ScheduleMeetingCommand command) {
        if (command.agenda().isEmpty()) {
            throw new DistrictCouncilRuleViolation("agenda", "", "Mødet skal have mindst ét punkt på dagsordenen");
        }
        apply(new MeetingScheduledEvent(command.districtCode(), command.meetingId(), command.date(),
                List.copyOf(command.agenda())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeDecisionCommand command, LocalCouncils localCouncils) {
        LocalDate meetingDate = meetingDates.get(command.meetingId());
        if (meetingDate == null) {
            throw CouncilItemNotFoundException.meeting(command.districtCode(), command.meetingId());
        }
        if (command.dueDate().isBefore(meetingDate)) {
            throw new DistrictCouncilRuleViolation("dueDate", command.dueDate().toString(),
                    "Fristen " + command.dueDate() + " ligger før mødet " + meetingDate);
        }
        List<String> councils = councilsOfThisDistrict(command.districtCode(), command.localCouncilIds(), localCouncils);
        apply(new DecisionMadeEvent(command.districtCode(), command.meetingId(), command.decisionId(), command.title(),
                command.description(), List.copyOf(new LinkedHashSet<>(command.themes())), councils,
                command.dueDate()));
    }

    /** Answers all the local councils the decision is assigned to now. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<String> handle(AssignDecisionCommand command, LocalCouncils localCouncils) {
        Decision decision = decisions.get(command.decisionId());
        if (decision == null) {
            throw CouncilItemNotFoundException.decision(command.districtCode(), command.decisionId());
        }
        List<String> councils = councilsOfThisDistrict(command.districtCode(), command.localCouncilIds(), localCouncils);
        if (councils.isEmpty()) {
            throw new DistrictCouncilRuleViolation("localCouncilIds", "", "Angiv mindst ét lokalråd");
        }
        List<String> alreadyAssigned = councils.stream().filter(decision.assigned()::contains).toList();
        if (!alreadyAssigned.isEmpty()) {
            throw new DecisionAlreadyAssignedException(command.decisionId(), alreadyAssigned, decision.assigned());
        }
        List<String> assigned = new ArrayList<>(decision.assigned());
        assigned.addAll(councils);
        apply(new DecisionAssignedEvent(districtCode, command.decisionId(), decision.title(), decision.description(),
                councils, List.copyOf(assigned), decision.dueDate()));
        return List.copyOf(assigned);
    }

    /** The local councils, each once, in the order given; refused unless each exists and lies in this district. */
    private static List<String> councilsOfThisDistrict(String districtCode, List<String> localCouncilIds,
                                                       LocalCouncils localCouncils) {
        List<String> councils = List.copyOf(new LinkedHashSet<>(localCouncilIds));
        for (String id : councils) {
            LocalCouncil council = localCouncils.find(id).orElseThrow(() ->
                    new DistrictCouncilRuleViolation("localCouncilIds", id, "Ukendt lokalråd: " + id));
            if (!council.districtCode().equals(districtCode)) {
                throw new DistrictCouncilRuleViolation("localCouncilIds", id,
                        "Lokalråd " + id + " hører ikke til politikreds " + districtCode);
            }
        }
        return councils;
    }

    private static void requirePeriod(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw new DistrictCouncilRuleViolation("periodEnd", end.toString(),
                    "Perioden skal slutte efter den begynder (" + start + ")");
        }
    }

    private int latestDraftVersion() {
        return latestDraft == null ? 0 : latestDraft.version();
    }

    private CooperationPlanStatus planStatus() {
        if (latestDraft == null) {
            return CooperationPlanStatus.NONE;
        }
        return publishedVersion == latestDraft.version() ? CooperationPlanStatus.PUBLISHED : CooperationPlanStatus.DRAFTED;
    }

    @EventSourcingHandler
    void on(DistrictPrioritiesSetEvent event) {
        districtCode = event.districtCode();
    }

    @EventSourcingHandler
    void on(CooperationPlanDraftedEvent event) {
        districtCode = event.districtCode();
        latestDraft = event;
    }

    @EventSourcingHandler
    void on(CooperationPlanPublishedEvent event) {
        publishedVersion = event.version();
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        districtCode = event.districtCode();
        meetingDates.put(event.meetingId(), event.date());
    }

    @EventSourcingHandler
    void on(DecisionMadeEvent event) {
        decisions.put(event.decisionId(), new Decision(event.title(), event.description(), event.dueDate(),
                event.localCouncilIds()));
    }

    @EventSourcingHandler
    void on(DecisionAssignedEvent event) {
        decisions.computeIfPresent(event.decisionId(), (id, decision) -> decision.assignedTo(event.assignedLocalCouncilIds()));
    }

    private record Decision(String title, String description, LocalDate dueDate, List<String> assigned) {

        Decision assignedTo(List<String> councils) {
            return new Decision(title, description, dueDate, councils);
        }
    }
}
