package dk.samspil.municipality.pilotproject.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.pilotproject.query.FetchMunicipalityProjectsQuery;
import dk.samspil.municipality.pilotproject.query.MunicipalityProject;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The national projects a municipality takes part in as a pilot municipality, those it left included. */
@RestController
class MunicipalityProjectController {

    private final QueryGateway queryGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    MunicipalityProjectController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** An unknown kommunekode is a 404 problem naming the field (platform's {@code ProblemResponses}). */
    @GetMapping("/api/municipalities/{kommunekode}/projects")
    List<MunicipalityProject> list(@PathVariable String kommunekode) {
        return queryGateway.query(new FetchMunicipalityProjectsQuery(referenceData.municipality(kommunekode).code()),
                ResponseTypes.multipleInstancesOf(MunicipalityProject.class)).join();
    }
}
