package dk.samspil.districtcouncil.dashboard.web;

import dk.samspil.districtcouncil.dashboard.query.DistrictPictureProjection;
import dk.samspil.districtcouncil.dashboard.query.FetchDistrictPictureQuery;
import dk.samspil.platform.activity.timeline.ActivityTimeline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The dashboard with {@code ?asOf=}: its figures as they stood then (400/422 naming the valid range otherwise). */
@RestController
class DistrictPictureController {

    private final DistrictPictureProjection pictures;
    private final ActivityTimeline timeline;

    DistrictPictureController(DistrictPictureProjection pictures, ActivityTimeline timeline) {
        this.pictures = pictures;
        this.timeline = timeline;
    }

    @GetMapping(path = "/api/districts/{politikredskode}/dashboard", params = "asOf")
    DistrictPictureResponse dashboardAsOf(@PathVariable String politikredskode, @RequestParam String asOf) {
        Instant moment = timeline.asOf(asOf);
        return DistrictPictureResponse.of(moment, pictures.handle(new FetchDistrictPictureQuery(politikredskode, moment)));
    }
}
