package dk.samspil.municipality.initiative.web;

import dk.samspil.contracts.municipality.InitiativeStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.initiative.command.ActivateInitiativeCommand;
import dk.samspil.municipality.initiative.command.ApproveInitiativeBudgetCommand;
import dk.samspil.municipality.initiative.command.ApproveInitiativeCommand;
import dk.samspil.municipality.initiative.command.ApproveInitiativeWithoutFundingCommand;
import dk.samspil.municipality.initiative.command.CompleteInitiativeCommand;
import dk.samspil.municipality.initiative.command.PauseInitiativeCommand;
import dk.samspil.municipality.initiative.command.RejectInitiativeCommand;
import dk.samspil.municipality.initiative.command.ReportInitiativeStatusCommand;
import dk.samspil.municipality.initiative.command.ResumeInitiativeCommand;
import dk.samspil.municipality.initiative.command.SubmitInitiativeCommand;
import dk.samspil.municipality.initiative.command.WithdrawInitiativeCommand;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.Activation;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.Approval;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.BudgetApproval;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.Completion;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.OptionalReason;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.Reason;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.Resumption;
import dk.samspil.municipality.initiative.web.InitiativeStepRequests.StatusReport;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.Function;

/**
 * The steps of an initiative's life, one endpoint each: submission, the leader group's approval or rejection, the
 * secretariat's budget approval (or approval without funding), activation, status reports, pause and resumption,
 * withdrawal and completion. Steps without a required field accept an empty body.
 */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/initiatives/{initiativeId}")
class InitiativeStepController {

    private final CommandGateway commandGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    InitiativeStepController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping("/submission")
    InitiativeStepResponse submit(@PathVariable String kommunekode, @PathVariable String initiativeId) {
        return step(kommunekode, initiativeId, InitiativeStatus.SUBMITTED,
                municipality -> new SubmitInitiativeCommand(initiativeId, municipality));
    }

    @PostMapping("/approval")
    InitiativeStepResponse approve(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                   @Valid @RequestBody(required = false) Approval approval) {
        String area = approval == null ? null : approval.leaderGroupArea();
        return step(kommunekode, initiativeId, InitiativeStatus.APPROVED,
                municipality -> new ApproveInitiativeCommand(initiativeId, municipality, area));
    }

    @PostMapping("/rejection")
    InitiativeStepResponse reject(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                  @Valid @RequestBody Reason rejection) {
        return step(kommunekode, initiativeId, InitiativeStatus.REJECTED,
                municipality -> new RejectInitiativeCommand(initiativeId, municipality, rejection.reason()));
    }

    @PostMapping("/budget-approval")
    InitiativeStepResponse approveBudget(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                         @Valid @RequestBody BudgetApproval approval) {
        return step(kommunekode, initiativeId, InitiativeStatus.BUDGET_APPROVED,
                municipality -> new ApproveInitiativeBudgetCommand(initiativeId, municipality,
                        approval.accountingYear(), approval.overrideReason()));
    }

    @PostMapping("/approval-without-funding")
    InitiativeStepResponse approveWithoutFunding(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                                 @Valid @RequestBody(required = false) OptionalReason approval) {
        String reason = approval == null ? null : approval.reason();
        return step(kommunekode, initiativeId, InitiativeStatus.APPROVED_WITHOUT_FUNDING,
                municipality -> new ApproveInitiativeWithoutFundingCommand(initiativeId, municipality, reason));
    }

    @PostMapping("/activation")
    InitiativeStepResponse activate(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                    @RequestBody(required = false) Activation activation) {
        return step(kommunekode, initiativeId, InitiativeStatus.ACTIVE, municipality -> new ActivateInitiativeCommand(
                initiativeId, municipality, activation == null ? null : activation.activatedOn()));
    }

    @PostMapping("/status-reports")
    InitiativeStepResponse reportStatus(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                        @Valid @RequestBody StatusReport report) {
        return step(kommunekode, initiativeId, InitiativeStatus.ACTIVE, municipality -> new ReportInitiativeStatusCommand(
                initiativeId, municipality, report.summary(), report.reportedOn()));
    }

    @PostMapping("/pause")
    InitiativeStepResponse pause(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                 @Valid @RequestBody Reason pause) {
        return step(kommunekode, initiativeId, InitiativeStatus.PAUSED,
                municipality -> new PauseInitiativeCommand(initiativeId, municipality, pause.reason()));
    }

    @PostMapping("/resumption")
    InitiativeStepResponse resume(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                  @RequestBody(required = false) Resumption resumption) {
        return step(kommunekode, initiativeId, InitiativeStatus.ACTIVE, municipality -> new ResumeInitiativeCommand(
                initiativeId, municipality, resumption == null ? null : resumption.resumedOn()));
    }

    @PostMapping("/withdrawal")
    InitiativeStepResponse withdraw(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                    @Valid @RequestBody Reason withdrawal) {
        return step(kommunekode, initiativeId, InitiativeStatus.WITHDRAWN,
                municipality -> new WithdrawInitiativeCommand(initiativeId, municipality, withdrawal.reason()));
    }

    @PostMapping("/completion")
    InitiativeStepResponse complete(@PathVariable String kommunekode, @PathVariable String initiativeId,
                                    @Valid @RequestBody Completion completion) {
        return step(kommunekode, initiativeId, InitiativeStatus.COMPLETED, municipality -> new CompleteInitiativeCommand(
                initiativeId, municipality, completion.finalEvaluation(), completion.completedOn(),
                completion.toActualAmounts()));
    }

    private InitiativeStepResponse step(String kommunekode, String initiativeId, InitiativeStatus resultingStatus,
                                        Function<String, Object> command) {
        commandGateway.sendAndWait(command.apply(referenceData.municipality(kommunekode).code()));
        return InitiativeStepResponse.of(initiativeId, resultingStatus);
    }
}
