package dk.samspil.web.personaldata.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.personaldata.query.ErasureClient;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Erasure of a staff member's personal data (a coordinator who has left, say): the person is named, the page asks
 * for confirmation, and then shows what each service answered. Erasure cannot be undone: the services destroy the
 * person's key, and their data reads "[slettet]" ever after.
 */
@Controller
class ErasureController {

    private static final String FORM = "personaldata/erasure";
    private static final String CONFIRMATION = "personaldata/confirmation";

    private final ErasureClient erasures;

    ErasureController(ErasureClient erasures) {
        this.erasures = erasures;
    }

    @GetMapping("/personoplysninger/sletning")
    String form(Authentication authentication, Model model) {
        String organisation = SignedInUser.of(authentication).map(user -> user.caller().organisationCode()).orElse("");
        return show(model, new ErasureForm(organisation, ""), FormErrors.NONE);
    }

    /** The first submission only asks: "are you sure?". */
    @PostMapping("/personoplysninger/sletning")
    String confirm(ErasureForm erasure, Model model, HttpServletResponse response) {
        FormErrors missing = erasure.missing();
        if (missing.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, erasure, missing);
        }
        model.addAttribute("erasure", erasure.stripped());
        return CONFIRMATION;
    }

    @PostMapping("/personoplysninger/sletning/bekraeftet")
    String erase(ErasureForm erasure, Model model, HttpServletResponse response) {
        if (erasure.missing().any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, erasure, erasure.missing());
        }
        try {
            model.addAttribute("erasure", erasure.stripped());
            model.addAttribute("result", erasures.erase(erasure.organisationCode().strip(), erasure.identifier().strip()));
            return CONFIRMATION;
        } catch (ApiRefusedException refused) {
            if (refused.status().is5xxServerError()) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            return show(model, erasure, FormErrors.of(refused));
        }
    }

    private static String show(Model model, ErasureForm erasure, FormErrors errors) {
        model.addAttribute("erasure", erasure);
        model.addAttribute("errors", errors);
        return FORM;
    }
}
