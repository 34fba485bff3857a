package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.districtcouncil.council.command.DraftCooperationPlanCommand;
import dk.samspil.districtcouncil.council.command.PublishCooperationPlanCommand;
import dk.samspil.districtcouncil.council.query.CooperationPlanView;
import dk.samspil.districtcouncil.council.query.FetchCooperationPlanDraftQuery;
import dk.samspil.platform.web.ApiProblem;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;

/** The council's work on its cooperation plan (samarbejdsplan): drafts and their publication. */
@RestController
@RequestMapping("/api/districts/{code}/cooperation-plan")
class CooperationPlanController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    CooperationPlanController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping("/drafts")
    ResponseEntity<Responses.DraftSaved> draft(@PathVariable String code, @Valid @RequestBody DraftRequest request,
                                               UriComponentsBuilder uri) {
        String districtCode = referenceData.district(code).code();
        int version = commandGateway.sendAndWait(new DraftCooperationPlanCommand(districtCode, request.title(),
                request.periodStart(), request.periodEnd(), request.text()));
        return ResponseEntity.created(uri.path("/api/districts/{code}/cooperation-plan/draft").build(districtCode))
                .body(new Responses.DraftSaved(version));
    }

    @PostMapping("/publication")
    Responses.PlanPublished publish(@PathVariable String code, @Valid @RequestBody PublicationRequest request) {
        String districtCode = referenceData.district(code).code();
        LocalDate publishedOn = commandGateway.sendAndWait(
                new PublishCooperationPlanCommand(districtCode, request.version()));
        return new Responses.PlanPublished(request.version(), publishedOn);
    }

    @GetMapping("/draft")
    CooperationPlanView latestDraft(@PathVariable String code) {
        String districtCode = referenceData.district(code).code();
        return queryGateway.query(new FetchCooperationPlanDraftQuery(districtCode),
                        ResponseTypes.optionalInstanceOf(CooperationPlanView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Kredsrådet i politikreds " + districtCode
                        + " har intet udkast til en samarbejdsplan"));
    }
}
