package dk.samspil.web.page;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/** Every error Spring answers itself (an unknown path, a wrong method, …) gets the Danish page for its status. */
@Component
class DanishErrorViews implements ErrorViewResolver {

    static final String VIEW = "error";

    static ModelAndView of(ErrorPage page) {
        return new ModelAndView(VIEW, Map.of("page", page), page.status());
    }

    /** The page with the service's own reason, in Danish, for the person it refused ("Bekymringen vedrører ikke …"). */
    static ModelAndView of(ErrorPage page, String reason) {
        return reason == null || reason.isBlank() ? of(page)
                : new ModelAndView(VIEW, Map.of("page", page, "reason", reason), page.status());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return of(ErrorPage.of(status));
    }
}
