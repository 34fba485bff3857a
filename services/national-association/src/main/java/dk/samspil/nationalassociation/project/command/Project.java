package dk.samspil.nationalassociation.project.command;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A national project of the association: funded by grants, run with pilot municipalities towards milestones. The
 * first grant application moves it to funding applied, an accepted grant to funded; only a funded project starts.
 */
@Aggregate
public class Project {

    /** The largest grant amount accepted, in kroner. */
    static final long MAX_GRANT_AMOUNT = 100_000_000;

    @AggregateIdentifier
    private String projectId;
    private String name;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private ProjectStatus status;
    private final Map<String, Grant> grants = new HashMap<>();
    private final Map<String, Pilot> pilots = new HashMap<>();
    private final Map<String, MilestoneStatus> milestones = new HashMap<>();

    protected Project() {
        // for Axon
    }

    @CommandHandler
    Project(ProposeProjectCommand command) {
        if (!command.periodEnd().isAfter(command.periodStart())) {
            throw new ProjectRuleViolation("periodEnd", command.periodEnd().toString(),
                    "Perioden skal slutte efter den begynder (" + command.periodStart() + ")");
        }
        apply(new ProjectProposedEvent(command.projectId(), command.name(), command.purpose(), command.owner(),
                List.copyOf(command.coOwners()), command.periodStart(), command.periodEnd(),
                command.strategicLeadRole(), command.staffLeadRole(), List.copyOf(command.professionalForums()),
                List.copyOf(command.partners())));
    }

    @CommandHandler
    void handle(ApplyForGrantCommand command) {
        requireOpen("søge om midler");
        if (command.amount() <= 0 || command.amount() > MAX_GRANT_AMOUNT) {
            throw new ProjectRuleViolation("amount", String.valueOf(command.amount()),
                    "Beløbet skal være positivt og højst 100.000.000 kr.");
        }
        apply(new GrantAppliedEvent(projectId, command.grantId(), command.grantor(), command.amount()));
    }

    @CommandHandler
    void handle(AwardGrantCommand command) {
        Grant grant = grantInStatus(command.grantId(), GrantStatus.APPLIED, "bevilges");
        apply(new GrantAwardedEvent(projectId, command.grantId(), grant.grantor(), grant.amount()));
    }

    @CommandHandler
    void handle(AcceptGrantCommand command) {
        Grant grant = grantInStatus(command.grantId(), GrantStatus.AWARDED, "tages imod");
        BoardMandate mandate = command.boardMandate();
        if (mandate == null) {
            throw new ProjectRuleViolation("boardMandate", "",
                    "En bevilling kan kun tages imod med et registreret bestyrelsesmandat");
        }
        apply(new GrantAcceptedEvent(projectId, command.grantId(), grant.grantor(), grant.amount(),
                mandate.decidedOn(), mandate.reference()));
    }

    @CommandHandler
    void handle(DeclineGrantCommand command) {
        Grant grant = grant(command.grantId());
        requireOpen("afslå en bevilling");
        if (grant.status() != GrantStatus.APPLIED && grant.status() != GrantStatus.AWARDED) {
            throw new ProjectTransitionException(grant.status(), "Bevillingen er " + grant.status().label()
                    + " og kan ikke afslås");
        }
        apply(new GrantDeclinedEvent(projectId, command.grantId(), grant.grantor(), grant.amount()));
    }

    @CommandHandler
    void handle(StartProjectCommand command, Clock clock) {
        if (status != ProjectStatus.FUNDED) {
            throw new ProjectTransitionException(status, "Kun et finansieret projekt kan sættes i gang; projektet er "
                    + status.label());
        }
        apply(new ProjectStartedEvent(projectId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(CompleteProjectCommand command, Clock clock) {
        if (status != ProjectStatus.RUNNING) {
            throw new ProjectTransitionException(status, "Kun et projekt i gang kan afsluttes; projektet er "
                    + status.label());
        }
        apply(new ProjectCompletedEvent(projectId, LocalDate.now(clock)));
    }

    @CommandHandler
    void handle(StopProjectCommand command, Clock clock) {
        requireOpen("stoppes");
        apply(new ProjectStoppedEvent(projectId, LocalDate.now(clock), command.reason()));
    }

    @CommandHandler
    void handle(InvitePilotMunicipalityCommand command) {
        requireOpen("invitere pilotkommuner");
        Municipality municipality = existingMunicipality(command.municipalityCode());
        Pilot pilot = pilots.get(municipality.code());
        if (pilot != null && pilot.status() != PilotMunicipalityStatus.LEFT) {
            throw new ProjectTransitionException(pilot.status(), "Kommune " + municipality.code()
                    + " er allerede " + pilot.status().label() + " i projektet");
        }
        apply(new PilotMunicipalityInvitedEvent(projectId, name, municipality.code(), municipality.districtCode(),
                command.role()));
    }

    @CommandHandler
    void handle(JoinPilotMunicipalityCommand command) {
        requireOpen("optage pilotkommuner");
        Pilot pilot = pilotInStatus(command.municipalityCode(), PilotMunicipalityStatus.INVITED, "træde ind");
        apply(new PilotMunicipalityJoinedEvent(projectId, name, pilot.code(), pilot.districtCode(), pilot.role()));
    }

    @CommandHandler
    void handle(LeavePilotMunicipalityCommand command) {
        Pilot pilot = pilotInStatus(command.municipalityCode(), PilotMunicipalityStatus.JOINED, "træde ud");
        apply(new PilotMunicipalityLeftEvent(projectId, name, pilot.code(), pilot.districtCode(), pilot.role()));
    }

    @CommandHandler
    void handle(SetMilestoneCommand command) {
        requireOpen("sætte milepæle");
        LocalDate due = command.dueDate();
        if (due.isBefore(periodStart) || due.isAfter(periodEnd)) {
            throw new ProjectRuleViolation("dueDate", due.toString(), "Milepælens frist skal ligge i projektperioden "
                    + periodStart + " – " + periodEnd);
        }
        apply(new MilestoneSetEvent(projectId, command.milestoneId(), command.title(), due));
    }

    @CommandHandler
    void handle(ReachMilestoneCommand command, Clock clock) {
        MilestoneStatus milestone = milestones.get(command.milestoneId());
        if (milestone == null) {
            throw ProjectItemNotFoundException.milestone(projectId, command.milestoneId());
        }
        if (milestone == MilestoneStatus.REACHED) {
            throw new ProjectTransitionException(milestone, "Milepælen er allerede nået");
        }
        apply(new MilestoneReachedEvent(projectId, command.milestoneId(), LocalDate.now(clock)));
    }

    private void requireOpen(String step) {
        if (status.closed()) {
            throw new ProjectTransitionException(status, "Projektet er " + status.label() + " og kan ikke " + step);
        }
    }

    private Grant grant(String grantId) {
        Grant grant = grants.get(grantId);
        if (grant == null) {
            throw ProjectItemNotFoundException.grant(projectId, grantId);
        }
        return grant;
    }

    private Grant grantInStatus(String grantId, GrantStatus expected, String step) {
        Grant grant = grant(grantId);
        requireOpen("ændre sine bevillinger");
        if (grant.status() != expected) {
            throw new ProjectTransitionException(grant.status(), "Bevillingen er " + grant.status().label()
                    + " og kan ikke " + step + "; det kræver status " + expected.label());
        }
        return grant;
    }

    private Pilot pilotInStatus(String municipalityCode, PilotMunicipalityStatus expected, String step) {
        Pilot pilot = pilots.get(canonical(municipalityCode));
        if (pilot == null) {
            throw ProjectItemNotFoundException.pilotMunicipality(projectId, municipalityCode);
        }
        if (pilot.status() != expected) {
            throw new ProjectTransitionException(pilot.status(), "Kommune " + pilot.code() + " er "
                    + pilot.status().label() + " og kan ikke " + step + "; det kræver status " + expected.label());
        }
        return pilot;
    }

    private static Municipality existingMunicipality(String municipalityCode) {
        try {
            return ReferenceData.instance().municipality(municipalityCode);
        } catch (UnknownMunicipalityException e) {
            throw new ProjectRuleViolation("municipalityCode", municipalityCode, e.getMessage());
        }
    }

    private static String canonical(String municipalityCode) {
        try {
            return ReferenceData.normaliseKommunekode(municipalityCode);
        } catch (UnknownMunicipalityException e) {
            return municipalityCode;
        }
    }

    @EventSourcingHandler
    void on(ProjectProposedEvent event) {
        projectId = event.projectId();
        name = event.name();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        status = ProjectStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(GrantAppliedEvent event) {
        grants.put(event.grantId(), new Grant(event.grantor(), event.amount(), GrantStatus.APPLIED));
        if (status == ProjectStatus.PROPOSED) {
            status = ProjectStatus.FUNDING_APPLIED;
        }
    }

    @EventSourcingHandler
    void on(GrantAwardedEvent event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantStatus.AWARDED));
    }

    @EventSourcingHandler
    void on(GrantAcceptedEvent event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantStatus.ACCEPTED));
        if (status == ProjectStatus.FUNDING_APPLIED) {
            status = ProjectStatus.FUNDED;
        }
    }

    @EventSourcingHandler
    void on(GrantDeclinedEvent event) {
        grants.computeIfPresent(event.grantId(), (id, grant) -> grant.in(GrantStatus.DECLINED));
    }

    @EventSourcingHandler
    void on(ProjectStartedEvent event) {
        status = ProjectStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(ProjectCompletedEvent event) {
        status = ProjectStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(ProjectStoppedEvent event) {
        status = ProjectStatus.STOPPED;
    }

    @EventSourcingHandler
    void on(PilotMunicipalityInvitedEvent event) {
        pilots.put(event.municipalityCode(), new Pilot(event.municipalityCode(), event.districtCode(), event.role(),
                PilotMunicipalityStatus.INVITED));
    }

    @EventSourcingHandler
    void on(PilotMunicipalityJoinedEvent event) {
        pilots.computeIfPresent(event.municipalityCode(), (code, pilot) -> pilot.in(PilotMunicipalityStatus.JOINED));
    }

    @EventSourcingHandler
    void on(PilotMunicipalityLeftEvent event) {
        pilots.computeIfPresent(event.municipalityCode(), (code, pilot) -> pilot.in(PilotMunicipalityStatus.LEFT));
    }

    @EventSourcingHandler
    void on(MilestoneSetEvent event) {
        milestones.put(event.milestoneId(), MilestoneStatus.OPEN);
    }

    @EventSourcingHandler
    void on(MilestoneReachedEvent event) {
        milestones.put(event.milestoneId(), MilestoneStatus.REACHED);
    }

    private record Grant(String grantor, long amount, GrantStatus status) {

        Grant in(GrantStatus next) {
            return new Grant(grantor, amount, next);
        }
    }

    private record Pilot(String code, String districtCode, PilotMunicipalityRole role, PilotMunicipalityStatus status) {

        Pilot in(PilotMunicipalityStatus next) {
            return new Pilot(code, districtCode, role, next);
        }
    }
}
