package dk.samspil.localcouncil.council.web;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.localcouncil.council.query.AssignedDecisionView;
import dk.samspil.localcouncil.council.query.CountLocalActivitiesQuery;
import dk.samspil.localcouncil.council.query.CountLocalReportsQuery;
import dk.samspil.localcouncil.council.query.FetchAssignedDecisionsQuery;
import dk.samspil.localcouncil.reference.LocalCouncilDescription;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** One local council: who it is, and how much it has recorded, reported and been assigned. */
@RestController
class LocalCouncilController {

    private final QueryGateway queryGateway;
    private final KnownLocalCouncils localCouncils;

    LocalCouncilController(QueryGateway queryGateway, KnownLocalCouncils localCouncils) {
        this.queryGateway = queryGateway;
        this.localCouncils = localCouncils;
    }

    @GetMapping("/api/local-councils/{localCouncilId}")
    LocalCouncilResponse get(@PathVariable String localCouncilId) {
        LocalCouncil council = localCouncils.byId(localCouncilId);
        LocalCouncilDescription description = LocalCouncilDescription.of(council);
        long activities = queryGateway.query(new CountLocalActivitiesQuery(council.id()), Long.class).join();
        long reports = queryGateway.query(new CountLocalReportsQuery(council.id()), Long.class).join();
        List<AssignedDecisionView> decisions = queryGateway.query(new FetchAssignedDecisionsQuery(council.id()),
                ResponseTypes.multipleInstancesOf(AssignedDecisionView.class)).join();
        return new LocalCouncilResponse(description.id(), description.name(), description.districtCode(),
                description.districtName(), description.municipalities(), activities, reports, decisions.size(),
                decisions.stream().filter(decision -> decision.status() != DecisionImplementationStatus.DONE).count());
    }

    record LocalCouncilResponse(String id, String name, String districtCode, String districtName,
                                List<Municipality> municipalities, long activityCount, long reportCount,
                                long decisionCount, long openDecisionCount) {
    }
}
