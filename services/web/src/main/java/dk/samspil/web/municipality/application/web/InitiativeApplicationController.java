package dk.samspil.web.municipality.application.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.application.query.ApplicationRequest;
import dk.samspil.web.municipality.application.query.InitiativeApplicationClient;
import dk.samspil.web.page.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.function.Function;

/**
 * The initiative's application: a new one is registered as a draft, a draft's application is revised. A refusal
 * comes back at its fields with everything typed kept; a saved application leads to the initiative's page.
 */
@Controller
@RequestMapping("/kommuner/{kommunekode}/indsatser")
class InitiativeApplicationController {

    private static final String PAGE = "municipality/application/form";

    private final InitiativeApplicationClient initiatives;

    InitiativeApplicationController(InitiativeApplicationClient initiatives) {
        this.initiatives = initiatives;
    }

    @GetMapping("/ny")
    String newApplication(@PathVariable String kommunekode, Model model) {
        return page(model, kommunekode, null, ApplicationForm.blank(), FormErrors.NONE);
    }

    @PostMapping("/ny")
    String register(@PathVariable String kommunekode, @RequestParam MultiValueMap<String, String> fields,
                    Model model, HttpServletResponse response) {
        return save(model, response, kommunekode, null, ApplicationForm.from(fields),
                application -> initiativePage(kommunekode, initiatives.register(kommunekode, application), "oprettet"));
    }

    @GetMapping("/{initiativeId}/ansoegning")
    String application(@PathVariable String kommunekode, @PathVariable String initiativeId, Model model) {
        ApplicationForm form = ApplicationForm.of(initiatives.fetch(kommunekode, initiativeId).application());
        return page(model, kommunekode, initiativeId, form, FormErrors.NONE);
    }

    @PostMapping("/{initiativeId}/ansoegning")
    String revise(@PathVariable String kommunekode, @PathVariable String initiativeId,
                  @RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        return save(model, response, kommunekode, initiativeId, ApplicationForm.from(fields), application -> {
            initiatives.revise(kommunekode, initiativeId, application);
            return initiativePage(kommunekode, initiativeId, "gemt");
        });
    }

    /** Saves the form, or shows it again with what was refused: 400 or 422 at the fields, 409 with the status now. */
    private String save(Model model, HttpServletResponse response, String municipalityCode, String initiativeId,
                        ApplicationForm form, Function<ApplicationRequest, String> saved) {
        FormErrors unreadable = form.unreadableNumbers();
        if (unreadable.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, municipalityCode, initiativeId, form, unreadable);
        }
        try {
            return "redirect:" + saved.apply(form.toRequest());
        } catch (ApiRefusedException refused) {
            if (refused.status() == HttpStatus.BAD_REQUEST || refused.status() == HttpStatus.UNPROCESSABLE_CONTENT) {
                response.setStatus(refused.status().value());
                return page(model, municipalityCode, initiativeId, form, ApplicationErrors.of(refused));
            }
            if (refused.status() == HttpStatus.CONFLICT && initiativeId != null) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("currentStatus", initiatives.fetch(municipalityCode, initiativeId).statusLabel());
                return page(model, municipalityCode, initiativeId, form, FormErrors.NONE);
            }
            throw refused;
        }
    }

    private static String page(Model model, String municipalityCode, String initiativeId, ApplicationForm form,
                               FormErrors errors) {
        model.addAttribute("municipalityCode", municipalityCode);
        model.addAttribute("initiativeId", initiativeId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("choices", ApplicationChoices.ALL);
        return PAGE;
    }

    private static String initiativePage(String municipalityCode, String initiativeId, String step) {
        return UriComponentsBuilder.fromPath("/kommuner/{code}/indsatser/{id}").queryParam("udfoert", step)
                .buildAndExpand(municipalityCode, initiativeId).encode().toUriString();
    }
}
