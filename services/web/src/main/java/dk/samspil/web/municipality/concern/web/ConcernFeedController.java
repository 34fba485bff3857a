package dk.samspil.web.municipality.concern.web;

import dk.samspil.web.municipality.concern.query.ConcernClient;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static dk.samspil.web.municipality.concern.web.ConcernController.municipality;

/**
 * The concern feed: concerns raised elsewhere that the municipality's subscriptions match, with unread markers. An
 * open page follows the municipality service's own stream of the feed ({@code /bekymringsfeed/live}) and fetches
 * the list again when it changed.
 */
@Controller
class ConcernFeedController {

    private final ConcernClient concerns;
    private final ConcernFeedRelay relay;

    ConcernFeedController(ConcernClient concerns, ConcernFeedRelay relay) {
        this.concerns = concerns;
        this.relay = relay;
    }

    @GetMapping("/kommuner/{code}/bekymringsfeed")
    String page(@PathVariable String code, @RequestParam(name = "side", defaultValue = "1") int page,
                @RequestParam(name = "ulaeste", defaultValue = "false") boolean unreadOnly,
                @RequestParam(name = "udfoert", required = false) String done, Model model) {
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("done", done);
        entries(code, page, unreadOnly, model);
        return "municipality/concern/feed";
    }

    /** Only the list, for the page to swap in when the feed changed. */
    @GetMapping("/kommuner/{code}/bekymringsfeed/liste")
    String entries(@PathVariable String code, @RequestParam(name = "side", defaultValue = "1") int page,
                   @RequestParam(name = "ulaeste", defaultValue = "false") boolean unreadOnly, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("unreadOnly", unreadOnly);
        model.addAttribute("feed", concerns.feed(code, Math.max(page, 1) - 1, ConcernController.PAGE_SIZE,
                unreadOnly));
        return "municipality/concern/feed :: entries";
    }

    @PostMapping("/kommuner/{code}/bekymringsfeed/{concernId}/laest")
    String markRead(@PathVariable String code, @PathVariable String concernId) {
        concerns.markRead(code, concernId);
        return "redirect:/kommuner/" + code + "/bekymringsfeed?udfoert=laest";
    }

    @PostMapping("/kommuner/{code}/bekymringsfeed/laest")
    String markAllRead(@PathVariable String code) {
        concerns.markAllRead(code);
        return "redirect:/kommuner/" + code + "/bekymringsfeed?udfoert=alle-laest";
    }

    @GetMapping(path = "/kommuner/{code}/bekymringsfeed/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@PathVariable String code, @ModelAttribute("user") SignedInUser user) {
        return relay.open(municipality(code).code(), user.accessToken());
    }
}
