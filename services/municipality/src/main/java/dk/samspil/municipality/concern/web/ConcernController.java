package dk.samspil.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernArea;
import dk.samspil.contracts.municipality.ConcernStatus;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.concern.command.ConfirmConcernCommand;
import dk.samspil.municipality.concern.command.EscalateConcernCommand;
import dk.samspil.municipality.concern.command.ResolveConcernCommand;
import dk.samspil.municipality.concern.command.UpdateConcernCommand;
import dk.samspil.municipality.concern.query.ConcernView;
import dk.samspil.municipality.concern.query.FetchConcernQuery;
import dk.samspil.platform.audit.AuditTrail;
import dk.samspil.platform.security.Caller;
import dk.samspil.platform.security.OrganisationType;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/** One concern: read it, and the steps of its life after it was raised. */
@RestController
@RequestMapping("/api/concerns/{concernId}")
class ConcernController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final AuditTrail auditTrail;

    ConcernController(CommandGateway commandGateway, QueryGateway queryGateway, AuditTrail auditTrail) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
        this.auditTrail = auditTrail;
    }

    /**
     * Concern details are for the municipalities and district councils of the police districts it touches; each read
     * is recorded in the audit trail.
     */
    @GetMapping
    ConcernResponse get(@PathVariable String concernId) {
        ConcernView concern = queryGateway.query(new FetchConcernQuery(concernId),
                        ResponseTypes.optionalInstanceOf(ConcernView.class))
                .join()
                .orElseThrow(() -> ApiProblem.notFound("Der findes ingen bekymring med id " + concernId)
                        .with("field", "concernId"));
        if (!mayRead(caller(), concern)) {
            throw ApiProblem.forbidden("Bekymringen vedrører ikke din kommune eller politikreds");
        }
        auditTrail.recordRead("concern", concern.concernId(), "Visning af bekymringens detaljer");
        return ConcernResponse.of(concern);
    }

    @PostMapping("/updates")
    ConcernStepResponse update(@PathVariable String concernId, @Valid @RequestBody ConcernRequests.Update request) {
        return step(concernId, new UpdateConcernCommand(concernId, ownMunicipality(request.municipalityCode()),
                request.note(), request.severity()));
    }

    @PostMapping("/confirmations")
    ConcernStepResponse confirm(@PathVariable String concernId,
                                @Valid @RequestBody ConcernRequests.Confirmation request) {
        return step(concernId, new ConfirmConcernCommand(concernId, ownMunicipality(request.municipalityCode()),
                request.note()));
    }

    @PostMapping("/escalation")
    ConcernStepResponse escalate(@PathVariable String concernId,
                                 @Valid @RequestBody ConcernRequests.Escalation request) {
        return step(concernId, new EscalateConcernCommand(concernId, callersMunicipality(),
                request.districtCodes(), request.reason()));
    }

    @PostMapping("/resolution")
    ConcernStepResponse resolve(@PathVariable String concernId,
                                @Valid @RequestBody ConcernRequests.Resolution request) {
        return step(concernId, new ResolveConcernCommand(concernId, callersMunicipality(), request.resolution()));
    }

    private static boolean mayRead(Caller caller, ConcernView concern) {
        Set<String> districts = ConcernArea.touchedDistricts(concern.municipalityCodes(), concern.districtCodes());
        if (caller.organisationType() == OrganisationType.MUNICIPALITY) {
            return ReferenceData.instance().findMunicipality(caller.organisationCode())
                    .map(municipality -> districts.contains(municipality.districtCode()))
                    .orElse(false);
        }
        return districts.stream().anyMatch(caller::isDistrictCouncil);
    }

    /** A municipality speaks for itself: the body's municipality must be the caller's. */
    private static String ownMunicipality(String kommunekode) {
        Caller caller = caller();
        if (kommunekode != null && !kommunekode.isBlank() && !caller.isMunicipality(kommunekode)) {
            throw ApiProblem.forbidden("Du kan kun skrive på vegne af din egen kommune, " + caller.organisationCode())
                    .with("field", "municipalityCode");
        }
        return kommunekode;
    }

    private static String callersMunicipality() {
        Caller caller = caller();
        if (caller.organisationType() != OrganisationType.MUNICIPALITY) {
            throw ApiProblem.forbidden("Kun en kommune kan eskalere eller løse en bekymring");
        }
        return caller.organisationCode();
    }

    private static Caller caller() {
        return Caller.current().orElseThrow(() -> new IllegalStateException("A concern step without a caller"));
    }

    private ConcernStepResponse step(String concernId, Object command) {
        ConcernStatus status = commandGateway.sendAndWait(command);
        return new ConcernStepResponse(concernId, status);
    }
}
