package dk.samspil.web.page;

import dk.samspil.web.api.ApiRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal from a service becomes the Danish page for it: no access (403), not found (404), a service that does not
 * answer (503) or anything else (500). Never a JSON problem in front of a person.
 */
@Controller
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(ApiRefusedException.class)
    ModelAndView on(ApiRefusedException refused) {
        ErrorPage page = switch (refused.status()) {
            case UNAUTHORIZED, FORBIDDEN -> ErrorPage.FORBIDDEN;
            case NOT_FOUND -> ErrorPage.NOT_FOUND;
            case BAD_REQUEST, UNPROCESSABLE_CONTENT -> ErrorPage.BAD_REQUEST;
            case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT -> ErrorPage.UNAVAILABLE;
            default -> ErrorPage.SERVER_ERROR;
        };
        if (page.status().is5xxServerError()) {
            log.warn("A page could not be shown: {}", refused.getMessage());
        }
        boolean refusedThePerson = page == ErrorPage.FORBIDDEN || page == ErrorPage.NOT_FOUND;
        return DanishErrorViews.of(page, refusedThePerson ? refused.problem().detail() : null);
    }

    /** Where the gateway sends a user whose sign-in at the identity provider did not go through. */
    @GetMapping("/fejl/login")
    ModelAndView signInFailed() {
        return DanishErrorViews.of(ErrorPage.SIGN_IN_FAILED);
    }

    /** Where Spring Security, or the gateway, sends a user without the right to what they asked for. */
    @GetMapping("/fejl/adgang")
    ModelAndView accessDenied() {
        return DanishErrorViews.of(ErrorPage.FORBIDDEN);
    }
}
