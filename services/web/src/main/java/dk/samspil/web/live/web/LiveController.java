package dk.samspil.web.live.web;

import dk.samspil.contracts.reference.ReferenceData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streams an open page listens to. A stream says only that something changed, never what: the page then asks for
 * its figures with the user's own token, so nobody learns anything here they may not see.
 */
@RestController
class LiveController {

    private final LiveChannels channels;

    LiveController(LiveChannels channels) {
        this.channels = channels;
    }

    @GetMapping(path = "/live/kredse/{code}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter district(@PathVariable String code) {
        if (ReferenceData.instance().findDistrict(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt politikreds");
        }
        return channels.open(LiveChannels.district(code));
    }

    @GetMapping(path = "/live/landet", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter national() {
        return channels.open(LiveChannels.NATIONAL);
    }
}
