package dk.samspil.web.signin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/**
 * "Forbliv logget ind": any request through the gateway keeps the session alive; this one answers when it now ends
 * (the gateway's {@code X-Samspil-Session-Expires}), so the page can warn again in time.
 */
@RestController
class SessionController {

    @GetMapping("/session")
    Map<String, String> session(@RequestHeader(name = "X-Samspil-Session-Expires", required = false) String expires) {
        return expires == null ? Map.of() : Map.of("expires", expires);
    }
}
