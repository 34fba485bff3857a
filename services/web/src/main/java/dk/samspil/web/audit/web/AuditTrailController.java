package dk.samspil.web.audit.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.audit.query.AuditClient;
import dk.samspil.web.page.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: who saw or changed something (an initiative, a concern, a forum, the audit log itself), when
 * and why, across every service. Asking is itself recorded by the services.
 */
@Controller
class AuditTrailController {

    private final AuditClient audit;

    AuditTrailController(AuditClient audit) {
        this.audit = audit;
    }

    @GetMapping("/revision")
    String trail(@RequestParam(required = false) String subject, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        model.addAttribute("search", new AuditSearch(subject, from, to));
        model.addAttribute("errors", FormErrors.NONE);
        if (subject == null) {
            return "audit/trail";
        }
        try {
            model.addAttribute("trail", audit.trail(subject, blankToEmpty(from), blankToEmpty(to)));
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            model.addAttribute("errors", FormErrors.of(refused));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "audit/trail";
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** What the auditor typed, shown back in the form. */
    record AuditSearch(String subject, String from, String to) {
    }
}
