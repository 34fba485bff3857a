package dk.samspil.municipality.concernfeed.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.municipality.concernfeed.query.ConcernFeed;
import dk.samspil.municipality.concernfeed.query.FeedPage;
import dk.samspil.municipality.concernfeed.query.FetchConcernFeedQuery;
import dk.samspil.platform.web.ApiProblem;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A municipality's feed of concerns raised elsewhere that its subscriptions match, newest activity first. */
@RestController
@RequestMapping("/api/municipalities/{kommunekode}/concern-feed")
class ConcernFeedController {

    static final int MAX_SIZE = 100;

    private final QueryGateway queryGateway;
    private final ConcernFeed feed;
    private final ConcernFeedStream stream;
    private final ReferenceData referenceData = ReferenceData.instance();

    ConcernFeedController(QueryGateway queryGateway, ConcernFeed feed, ConcernFeedStream stream) {
        this.queryGateway = queryGateway;
        this.feed = feed;
        this.stream = stream;
    }

    @GetMapping
    FeedPage page(@PathVariable String kommunekode,
                  @RequestParam(required = false) String page,
                  @RequestParam(required = false) String size,
                  @RequestParam(required = false) String unread) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        return queryGateway.query(new FetchConcernFeedQuery(municipalityCode,
                number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE), number("size", size, 20, 1, MAX_SIZE),
                flag(unread)), FeedPage.class).join();
    }

    @PostMapping("/{concernId}/read")
    ResponseEntity<Void> markRead(@PathVariable String kommunekode, @PathVariable String concernId) {
        String municipalityCode = referenceData.municipality(kommunekode).code();
        if (!feed.markRead(municipalityCode, concernId)) {
            throw ApiProblem.notFound("Bekymringen " + concernId + " er ikke i kommune " + municipalityCode
                    + "s feed").with("field", "concernId");
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(@PathVariable String kommunekode) {
        feed.markAllRead(referenceData.municipality(kommunekode).code());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String kommunekode) {
        return stream.open(referenceData.municipality(kommunekode).code());
    }

    private static int number(String parameter, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw invalid(parameter, parameter + " skal være et helt tal fra " + min + " til " + max + ": " + value);
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw invalid("unread", "unread skal være true eller false: " + value);
    }

    private static ApiProblem invalid(String parameter, String detail) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Ugyldig forespørgsel", detail).with("field", parameter);
    }
}
