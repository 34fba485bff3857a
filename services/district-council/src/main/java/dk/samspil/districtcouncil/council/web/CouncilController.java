package dk.samspil.districtcouncil.council.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.districtcouncil.council.command.DistrictPriority;
import dk.samspil.districtcouncil.council.command.SetDistrictPrioritiesCommand;
import dk.samspil.districtcouncil.council.query.DistrictCouncilView;
import dk.samspil.districtcouncil.council.query.FetchDistrictCouncilQuery;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/** The district council of a police district: its strategic priorities and the council at a glance. */
@RestController
@RequestMapping("/api/districts/{code}")
class CouncilController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    CouncilController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PutMapping("/priorities")
    ResponseEntity<Void> setPriorities(@PathVariable String code, @Valid @RequestBody PrioritiesRequest request) {
        String districtCode = referenceData.district(code).code();
        List<DistrictPriority> priorities = new ArrayList<>();
        for (int i = 0; i < request.priorities().size(); i++) {
            PrioritiesRequest.PriorityRequest priority = request.priorities().get(i);
            priorities.add(new DistrictPriority(RequestThemes.parse(priority.theme(), "priorities[" + i + "].theme"),
                    priority.goal()));
        }
        commandGateway.sendAndWait(new SetDistrictPrioritiesCommand(districtCode, request.periodStart(),
                request.periodEnd(), priorities));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/council")
    DistrictCouncilView council(@PathVariable String code) {
        String districtCode = referenceData.district(code).code();
        return queryGateway.query(new FetchDistrictCouncilQuery(districtCode),
                ResponseTypes.instanceOf(DistrictCouncilView.class)).join();
    }
}
