package dk.samspil.municipality.fundingpool.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.fundingpool.command.FundingPool;
import dk.samspil.municipality.fundingpool.command.OpenFundingPoolCommand;
import dk.samspil.municipality.fundingpool.query.FetchFundingPoolQuery;
import dk.samspil.municipality.fundingpool.query.FetchMunicipalityFundingPoolsQuery;
import dk.samspil.municipality.fundingpool.query.FundingPoolView;
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

import java.util.List;

/** The secretariat's yearly pools (puljer); a pool is addressed by its accounting year. */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/funding-pools")
class FundingPoolController {

    private final CommandGateway commandGateway;
    private final QueryGateway queryGateway;
    private final ReferenceData referenceData = ReferenceData.instance();

    FundingPoolController(CommandGateway commandGateway, QueryGateway queryGateway) {
        this.commandGateway = commandGateway;
        this.queryGateway = queryGateway;
    }

    @PostMapping
    ResponseEntity<FundingPoolOpened> open(@PathVariable String kommunekode,
                                           @Valid @RequestBody OpenFundingPoolRequest request,
                                           UriComponentsBuilder uri) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        String fundingPoolId = FundingPool.idOf(municipalityCode, request.accountingYear());
        commandGateway.sendAndWait(new OpenFundingPoolCommand(fundingPoolId, municipalityCode, request.accountingYear(),
                request.amount()));
        return ResponseEntity
                .created(uri.path("/api/municipalities/{code}/funding-pools/{year}")
                        .build(municipalityCode, request.accountingYear()))
                .body(new FundingPoolOpened(fundingPoolId));
    }

    @GetMapping
    List<FundingPoolView> list(@PathVariable String kommunekode) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        return queryGateway.query(new FetchMunicipalityFundingPoolsQuery(municipalityCode),
                ResponseTypes.multipleInstancesOf(FundingPoolView.class)).join();
    }

    @GetMapping("/{accountingYear}")
    FundingPoolView get(@PathVariable String kommunekode, @PathVariable int accountingYear) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        return queryGateway.query(new FetchFundingPoolQuery(FundingPool.idOf(municipalityCode, accountingYear)),
                        ResponseTypes.optionalInstanceOf(FundingPoolView.class)).join()
                .orElseThrow(() -> ApiProblem.notFound("Kommune " + municipalityCode + " har ingen pulje for "
                        + accountingYear).with("field", "accountingYear"));
    }
}
