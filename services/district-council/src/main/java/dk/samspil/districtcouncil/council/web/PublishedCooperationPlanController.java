package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.districtcouncil.council.query.CooperationPlanView;
import dk.samspil.districtcouncil.council.query.FetchPublishedCooperationPlanQuery;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * PUBLIC: the published cooperation plan of a district. The law requires the plan to be public, so this endpoint must
 * stay readable without credentials when authentication arrives (issue 6); it shows nothing but the published plan.
 */
@RestController
class PublishedCooperationPlanController {

    private final QueryGateway queryGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    PublishedCooperationPlanController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/districts/{code}/cooperation-plan")
    CooperationPlanView publishedPlan(@PathVariable String code) {
        String districtCode = referenceData.district(code).code();
        return queryGateway.query(new FetchPublishedCooperationPlanQuery(districtCode),
                        ResponseTypes.optionalInstanceOf(CooperationPlanView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Kredsrådet i politikreds " + districtCode
                        + " har endnu ikke offentliggjort en samarbejdsplan"));
    }
}
