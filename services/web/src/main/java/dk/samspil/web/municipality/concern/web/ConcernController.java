package dk.samspil.web.municipality.concern.web;

import dk.samspil.contracts.municipality.ConcernSeverity;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.concern.query.Concern;
import dk.samspil.web.municipality.concern.query.ConcernClient;
import dk.samspil.web.page.CatchingUp;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.ReferenceChoices;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Set;

/**
 * A municipality's concerns: the list, raising one, and one concern with its history and the steps the user's
 * municipality may take (update, confirm "vi ser det også", escalate to the police, resolve).
 */
@Controller
class ConcernController {

    static final int PAGE_SIZE = 25;
    private static final String RAISED = "rejst";
    private static final Set<String> STATUSES = Set.of("open", "resolved", "all");

    private final ConcernClient concerns;

    ConcernController(ConcernClient concerns) {
        this.concerns = concerns;
    }

    @GetMapping("/kommuner/{code}/bekymringer")
    String list(@PathVariable String code, @RequestParam(defaultValue = "open") String status,
                @RequestParam(name = "side", defaultValue = "1") int page, Model model) {
        String chosen = STATUSES.contains(status) ? status : "open";
        List<Concern> all = concerns.concerns(code, chosen);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("status", chosen);
        model.addAttribute("concerns", all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE)));
        model.addAttribute("total", all.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        return "municipality/concern/list";
    }

    @GetMapping("/kommuner/{code}/bekymringer/ny")
    String newConcern(@PathVariable String code, Model model) {
        return form(code, ConcernForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping("/kommuner/{code}/bekymringer/ny")
    String raise(@PathVariable String code, @ModelAttribute ConcernForm form, Model model,
                 HttpServletResponse response) {
        try {
            String concernId = concerns.raise(code, form.command()).concernId();
            return "redirect:/bekymringer/" + concernId + "?udfoert=" + RAISED;
        } catch (ApiRefusedException refused) {
            response.setStatus(refusedStatus(refused).value());
            return form(code, form.withoutCprNumbers(), FormErrors.of(refused), model);
        }
    }

    @GetMapping("/bekymringer/{id}")
    String concern(@PathVariable String id, @RequestParam(name = "udfoert", required = false) String done,
                   @ModelAttribute("user") SignedInUser user, Model model) {
        model.addAttribute("done", RAISED.equals(done) ? "Bekymringen er rejst."
                : ConcernStep.of(done).map(ConcernStep::done).orElse(null));
        Concern concern = done == null ? concerns.concern(id)
                : CatchingUp.read(() -> concerns.concern(id), shown -> true).value();
        return detail(concern, user, StepForm.EMPTY, StepErrors.NONE, model);
    }

    @PostMapping("/bekymringer/{id}/{step}")
    String step(@PathVariable String id, @PathVariable("step") String slug, @ModelAttribute StepForm form,
                @ModelAttribute("user") SignedInUser user, Model model, HttpServletResponse response) {
        ConcernStep step = ConcernStep.of(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt trin"));
        try {
            concerns.step(id, step.apiStep(), step.body(form, user.municipality().orElse(null)));
            return "redirect:/bekymringer/" + id + "?udfoert=" + step.slug();
        } catch (ApiRefusedException refused) {
            HttpStatus status = refusedStatus(refused);
            response.setStatus(status.value());
            if (status == HttpStatus.CONFLICT) {
                model.addAttribute("conflict", refused.problem().detail());
                return detail(concerns.concern(id), user, StepForm.EMPTY, StepErrors.NONE, model);
            }
            return detail(concerns.concern(id), user, form.withoutCprNumbers(),
                    StepErrors.of(step, refused), model);
        }
    }

    private String form(String code, ConcernForm form, FormErrors errors, Model model) {
        model.addAttribute("municipality", municipality(code));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themeChoices", ReferenceChoices.themes());
        model.addAttribute("severityChoices", Choice.of(ConcernSeverity.class, ConcernSeverity::label));
        model.addAttribute("municipalityChoices", ReferenceChoices.municipalities());
        model.addAttribute("districtChoices", ReferenceChoices.districts());
        return "municipality/concern/new";
    }

    private static String detail(Concern concern, SignedInUser user, StepForm form, StepErrors errors, Model model) {
        model.addAttribute("concern", concern);
        model.addAttribute("steps", OfferedSteps.of(concern, user));
        model.addAttribute("form", form);
        model.addAttribute("stepErrors", errors);
        model.addAttribute("severityChoices", Choice.of(ConcernSeverity.class, ConcernSeverity::label));
        model.addAttribute("escalationChoices", concern.area().touchedDistricts().stream()
                .map(district -> new Choice(district.code(), district.name())).toList());
        return "municipality/concern/detail";
    }

    /** The municipality of a page's address; an unknown code is a page that does not exist. */
    static Municipality municipality(String code) {
        return ReferenceData.instance().findMunicipality(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
    }

    /** A form's refusal (400, 409, 422) is shown on the page; anything else is the matching error page. */
    static HttpStatus refusedStatus(ApiRefusedException refused) {
        return switch (refused.status()) {
            case BAD_REQUEST, CONFLICT, UNPROCESSABLE_CONTENT -> refused.status();
            default -> throw refused;
        };
    }
}
