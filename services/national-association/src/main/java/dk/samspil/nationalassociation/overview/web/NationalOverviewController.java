package dk.samspil.nationalassociation.overview.web;

import dk.samspil.nationalassociation.overview.query.FetchNationalOverviewQuery;
import dk.samspil.nationalassociation.overview.query.NationalOverviewProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NationalOverviewController {

    private final NationalOverviewProjection overview;

    NationalOverviewController(NationalOverviewProjection overview) {
        this.overview = overview;
    }

    @GetMapping("/api/national/overview")
    NationalOverviewResponse overview() {
        return NationalOverviewResponse.of(overview.handle(new FetchNationalOverviewQuery()));
    }
}
