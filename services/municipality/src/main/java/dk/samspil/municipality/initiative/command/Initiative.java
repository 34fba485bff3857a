package dk.samspil.municipality.initiative.command;

import dk.samspil.contracts.municipality.BudgetLine;
import dk.samspil.contracts.municipality.FundingCriterion;
import dk.samspil.contracts.municipality.InitiativeScope;
import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.municipality.fundingpool.command.FundingPool;
import dk.samspil.platform.personaldata.Sealer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.samspil.contracts.municipality.InitiativeStatus.ACTIVE;
import static dk.samspil.contracts.municipality.InitiativeStatus.APPROVED;
import static dk.samspil.contracts.municipality.InitiativeStatus.APPROVED_WITHOUT_FUNDING;
import static dk.samspil.contracts.municipality.InitiativeStatus.BUDGET_APPROVED;
import static dk.samspil.contracts.municipality.InitiativeStatus.COMPLETED;
import static dk.samspil.contracts.municipality.InitiativeStatus.DRAFT;
import static dk.samspil.contracts.municipality.InitiativeStatus.PAUSED;
import static dk.samspil.contracts.municipality.InitiativeStatus.REJECTED;
import static dk.samspil.contracts.municipality.InitiativeStatus.SUBMITTED;
import static dk.samspil.contracts.municipality.InitiativeStatus.WITHDRAWN;
import static dk.samspil.municipality.initiative.command.ApplicationRules.require;
import static dk.samspil.municipality.initiative.command.ApplicationRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An initiative (indsats) of one municipality, from its application to its final accounts: draft → submitted →
 * approved by the leader group (or rejected) → budget approved by the secretariat (or approved without funding) →
 * active, with a status report every six months, paused and resumed → completed; withdrawn from any state that is not
 * final. Steps that move money (budget approval, withdrawal, completion) are called by {@link InitiativeFundingHandler}.
 * The coordinator's contact data is sealed ({@link Coordinator#sealedFor}) before it goes into an event; the rules
 * that need a coordinator only ask whether its fields are there.
 */
@Aggregate
public class Initiative {

    static final int MONTHS_BETWEEN_STATUS_REPORTS = 6;
    private static final Set<InitiativeStatus> FINAL = EnumSet.of(REJECTED, COMPLETED, WITHDRAWN);

    @AggregateIdentifier
    private String initiativeId;
    private String municipalityCode;
    private InitiativeStatus status;
    private InitiativeApplication application;
    private String fundingPoolId;
    private LocalDate activatedOn;
    private LocalDate pausedOn;

    protected Initiative() {
        // for Axon
    }

    @CommandHandler
    public Initiative(RegisterInitiativeCommand command, Sealer sealer) {
        ApplicationRules.requireValidDraft(command.application());
        InitiativeApplication application = command.application();
        Coordinator coordinator = application.coordinator().sealedFor(command.municipalityCode(), sealer);
        apply(new InitiativeRegisteredEvent(command.initiativeId(), command.municipalityCode(), application.name(),
                application.preventionLevel(), application.scope(), application.startDate(), application.endDate(),
                application.themes(), DRAFT, application.targetAgeFrom(), application.targetAgeTo(),
                application.targetGroups(), application.goals(), application.partners(), application.evaluationPlan(),
                application.knowledgeSharing(), coordinator.name(), coordinator.email(), coordinator.phone(),
                coordinator.leaderGroupContact(), application.localAreas(), application.organisationalUnit(),
                application.methods(), application.budgetLines()));
    }

    @CommandHandler
    public void handle(ReviseInitiativeApplicationCommand command, Sealer sealer) {
        requireStep(command.municipalityCode(), "ændres", DRAFT);
        ApplicationRules.requireValidDraft(command.application());
        InitiativeApplication application = command.application();
        apply(new InitiativeApplicationRevisedEvent(initiativeId, municipalityCode,
                application.withCoordinator(application.coordinator().sealedFor(municipalityCode, sealer))));
    }

    @CommandHandler
    public void handle(SubmitInitiativeCommand command) {
        requireStep(command.municipalityCode(), "indsendes", DRAFT);
        ApplicationRules.requireComplete(application);
        apply(new InitiativeSubmittedEvent(initiativeId, municipalityCode));
    }

    @CommandHandler
    public void handle(ApproveInitiativeCommand command) {
        requireStep(command.municipalityCode(), "godkendes af SSP-ledergruppen", SUBMITTED);
        String area = command.leaderGroupArea() == null || command.leaderGroupArea().isBlank()
                ? null : command.leaderGroupArea().strip();
        require(area != null || application.scope() != InitiativeScope.ACUTE, "leaderGroupArea",
                "En akut indsats skal godkendes af ledergruppen i det berørte lokalområde");
        require(area == null || application.localAreas().contains(area), "leaderGroupArea",
                "Lokalområdet " + area + " er ikke et af indsatsens lokalområder " + application.localAreas());
        apply(new InitiativeApprovedEvent(initiativeId, municipalityCode, area));
    }

    @CommandHandler
    public void handle(RejectInitiativeCommand command) {
        requireStep(command.municipalityCode(), "afvises", SUBMITTED);
        requireText(command.reason(), "reason", "En afvisning skal have en begrundelse");
        apply(new InitiativeRejectedEvent(initiativeId, municipalityCode, command.reason().strip()));
    }

    /**
     * Checks and records the funding criteria and approves the budget; returns its total, which the caller reserves
     * in the pool of the accounting year in the same unit of work.
     */
    public long approveBudget(ApproveInitiativeBudgetCommand command) {
        requireStep(command.municipalityCode(), "få godkendt sit budget", APPROVED);
        List<FundingCriterion> unmet = FundingCriterion.unmetBy(application.partners(), application.scope(),
                application.localAreas(), application.methods());
        String overrideReason = command.overrideReason() == null || command.overrideReason().isBlank()
                ? null : command.overrideReason().strip();
        require(unmet.isEmpty() || overrideReason != null, "overrideReason",
                "Indsatsen opfylder ikke puljens kriterier (" + unmet.stream().map(FundingCriterion::label)
                        .collect(Collectors.joining("; ")) + "); godkendelse kræver en begrundelse");
        for (BudgetLine line : application.budgetLines()) {
            require(line.settlementMonth().getYear() == command.accountingYear(), "budgetLines",
                    "Budgetlinjen '" + line.heading() + "' afregnes i " + line.settlementMonth()
                            + ", uden for puljens regnskabsår " + command.accountingYear());
        }
        apply(new InitiativeBudgetApprovedEvent(initiativeId, municipalityCode,
                FundingPool.idOf(municipalityCode, command.accountingYear()), command.accountingYear(),
                application.budgetTotal(), unmet, unmet.isEmpty() ? null : overrideReason));
        return application.budgetTotal();
    }

    @CommandHandler
    public void handle(ApproveInitiativeWithoutFundingCommand command) {
        requireStep(command.municipalityCode(), "godkendes uden midler", APPROVED);
        apply(new InitiativeApprovedWithoutFundingEvent(initiativeId, municipalityCode,
                command.reason() == null || command.reason().isBlank() ? null : command.reason().strip()));
    }

    /** Acute initiatives may start before their period does, as soon as leader group and secretariat approved. */
    @CommandHandler
    public void handle(ActivateInitiativeCommand command, Clock clock) {
        requireStep(command.municipalityCode(), "sættes i gang", BUDGET_APPROVED, APPROVED_WITHOUT_FUNDING);
        LocalDate on = dateOrToday(command.activatedOn(), LocalDate.now(clock), "activatedOn", null);
        require(application.scope() == InitiativeScope.ACUTE || !on.isBefore(application.startDate()), "activatedOn",
                "Indsatsen kan tidligst sættes i gang på sin startdato " + application.startDate());
        apply(new InitiativeActivatedEvent(initiativeId, municipalityCode, on, on.plusMonths(MONTHS_BETWEEN_STATUS_REPORTS)));
    }

    @CommandHandler
    public void handle(ReportInitiativeStatusCommand command, Clock clock) {
        requireStep(command.municipalityCode(), "afgive status", ACTIVE);
        requireText(command.summary(), "summary", "En statusrapport skal have et indhold");
        LocalDate on = dateOrToday(command.reportedOn(), LocalDate.now(clock), "reportedOn", activatedOn);
        apply(new InitiativeStatusReportedEvent(initiativeId, municipalityCode, on, command.summary().strip(),
                on.plusMonths(MONTHS_BETWEEN_STATUS_REPORTS)));
    }

    @CommandHandler
    public void handle(PauseInitiativeCommand command, Clock clock) {
        requireStep(command.municipalityCode(), "sættes på pause", ACTIVE);
        requireText(command.reason(), "reason", "En pause skal have en begrundelse");
        apply(new InitiativePausedEvent(initiativeId, municipalityCode, LocalDate.now(clock), command.reason().strip()));
    }

    @CommandHandler
    public void handle(ResumeInitiativeCommand command, Clock clock) {
        requireStep(command.municipalityCode(), "genoptages", PAUSED);
        LocalDate on = dateOrToday(command.resumedOn(), LocalDate.now(clock), "resumedOn", pausedOn);
        apply(new InitiativeResumedEvent(initiativeId, municipalityCode, on, on.plusMonths(MONTHS_BETWEEN_STATUS_REPORTS)));
    }

    /** Withdraws the initiative; returns the pool whose reservation the caller must release. */
    public Optional<String> withdraw(WithdrawInitiativeCommand command) {
        requireOwnedBy(command.municipalityCode());
        if (FINAL.contains(status)) {
            throw new InitiativeTransitionException(status, "Indsatsen er " + status.label() + " og kan ikke trækkes tilbage");
        }
        requireText(command.reason(), "reason", "En tilbagetrækning skal have en begrundelse");
        apply(new InitiativeWithdrawnEvent(initiativeId, municipalityCode, command.reason().strip(), fundingPoolId));
        return Optional.ofNullable(fundingPoolId);
    }

    /**
     * Completes the initiative with its final evaluation and final accounts; returns the settlement the caller makes
     * in the pool when the budget was funded.
     */
    public Optional<PoolSettlement> complete(CompleteInitiativeCommand command, LocalDate today) {
        requireStep(command.municipalityCode(), "afsluttes", ACTIVE);
        requireText(command.finalEvaluation(), "finalEvaluation", "Afslutning kræver den endelige evaluering");
        LocalDate on = dateOrToday(command.completedOn(), today, "completedOn", activatedOn);
        List<BudgetLine> settled = FinalAccounts.settle(application.budgetLines(), command.actualAmounts());
        long actualTotal = settled.stream().mapToLong(BudgetLine::actualAmount).sum();
        apply(new InitiativeCompletedEvent(initiativeId, municipalityCode, on, command.finalEvaluation().strip(), settled,
                application.budgetTotal(), actualTotal));
        return Optional.ofNullable(fundingPoolId).map(pool -> new PoolSettlement(pool, actualTotal));
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    private void requireStep(String askingMunicipality, String step, InitiativeStatus... allowed) {
        requireOwnedBy(askingMunicipality);
        if (!List.of(allowed).contains(status)) {
            throw new InitiativeTransitionException(status, "Indsatsen er " + status.label() + " og kan ikke " + step);
        }
    }

    private void requireOwnedBy(String askingMunicipality) {
        if (!municipalityCode.equals(askingMunicipality)) {
            throw new InitiativeNotFoundException(initiativeId, askingMunicipality);
        }
    }

    private static LocalDate dateOrToday(LocalDate given, LocalDate today, String field, LocalDate notBefore) {
        LocalDate date = given == null ? today : given;
        require(!date.isAfter(today), field, "Datoen " + date + " ligger i fremtiden");
        require(notBefore == null || !date.isBefore(notBefore), field, "Datoen " + date + " ligger før " + notBefore);
        return date;
    }

    @EventSourcingHandler
    void on(InitiativeRegisteredEvent event) {
        initiativeId = event.initiativeId();
        municipalityCode = event.municipalityCode();
        status = event.status();
        application = InitiativeApplication.of(event);
    }

    @EventSourcingHandler
    void on(InitiativeApplicationRevisedEvent event) {
        application = event.application();
    }

    @EventSourcingHandler
    void on(InitiativeSubmittedEvent event) {
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(InitiativeApprovedEvent event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(InitiativeRejectedEvent event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(InitiativeBudgetApprovedEvent event) {
        status = BUDGET_APPROVED;
        fundingPoolId = event.fundingPoolId();
    }

    @EventSourcingHandler
    void on(InitiativeApprovedWithoutFundingEvent event) {
        status = APPROVED_WITHOUT_FUNDING;
    }

    @EventSourcingHandler
    void on(InitiativeActivatedEvent event) {
        status = ACTIVE;
        activatedOn = event.activatedOn();
    }

    @EventSourcingHandler
    void on(InitiativePausedEvent event) {
        status = PAUSED;
        pausedOn = event.pausedOn();
    }

    @EventSourcingHandler
    void on(InitiativeResumedEvent event) {
        status = ACTIVE;
    }

    @EventSourcingHandler
    void on(InitiativeWithdrawnEvent event) {
        status = WITHDRAWN;
    }

    @EventSourcingHandler
    void on(InitiativeCompletedEvent event) {
        status = COMPLETED;
    }
}
