package dk.samspil.web.page;

import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** What every page's frame needs: who is signed in, their menu, and when their session ends. */
@ControllerAdvice
class CurrentUserAdvice {

    /** Set by the gateway on every request it forwards: the moment the session ends if the user stays idle. */
    static final String SESSION_EXPIRES_HEADER = "X-Samspil-Session-Expires";

    private final Menus menus;
    private final OrganisationNames organisations;

    CurrentUserAdvice(Menus menus, OrganisationNames organisations) {
        this.menus = menus;
        this.organisations = organisations;
    }

    @ModelAttribute("organisationName")
    String organisationName() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> organisations.of(user.caller()))
                .orElse(null);
    }

    @ModelAttribute("user")
    SignedInUser user() {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication()).orElse(null);
    }

    @ModelAttribute("menu")
    List<MenuItem> menu(HttpServletRequest request) {
        return SignedInUser.of(SecurityContextHolder.getContext().getAuthentication())
                .map(user -> menus.of(user, request.getRequestURI()))
                .orElse(List.of());
    }

    @ModelAttribute("sessionExpires")
    String sessionExpires(HttpServletRequest request) {
        String expires = request.getHeader(SESSION_EXPIRES_HEADER);
        try {
            return expires == null ? null : Instant.parse(expires).toString();
        } catch (DateTimeParseException notAMoment) {
            return null;
        }
    }
}
