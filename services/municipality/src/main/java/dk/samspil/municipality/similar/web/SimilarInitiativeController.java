package dk.samspil.municipality.similar.web;

import dk.samspil.municipality.similar.query.FindSimilarInitiativesQuery;
import dk.samspil.municipality.similar.query.SimilarInitiativeSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** "Has someone done this before?": similar initiatives from all 98 municipalities. */
@RestController
class SimilarInitiativeController {

    private final SimilarInitiativeSearch search;

    SimilarInitiativeController(SimilarInitiativeSearch search) {
        this.search = search;
    }

    /** Themes come comma-separated or as repeated parameters. */
    @GetMapping("/api/initiatives/similar")
    SimilarInitiativesResponse similar(@RequestParam(required = false) String text,
                                       @RequestParam(required = false) List<String> themes,
                                       @RequestParam(required = false) String targetGroup,
                                       @RequestParam(required = false) String method,
                                       @RequestParam(required = false) String limit) {
        FindSimilarInitiativesQuery query = SimilarSearchParameters.query(text, themes, targetGroup, method, limit);
        return SimilarInitiativesResponse.of(query, search.handle(query));
    }
}
