package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.actionplan.query.ActionPlan;
import dk.samspil.web.municipality.actionplan.query.ActionPlanClient;
import dk.samspil.web.municipality.actionplan.query.InitiativeSummaries;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.FormRefusal;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One action plan: its six points, status, adoption, presentation at the district council, yearly follow-ups, its
 * initiatives and those that left it and why; and the steps the signed-in user may take now, each as a form. A
 * refused field is shown at the field with what was typed kept (400, 422); a step the plan has moved past shows the
 * plan as it stands now (409); a step the user may not take is the Danish "no access" page (403).
 */
@Controller
@RequestMapping("/kommuner/{kommunekode}/handleplaner/{id}")
class ActionPlanController {

    private final ActionPlanClient plans;
    private final InitiativeSummaries initiatives;

    ActionPlanController(ActionPlanClient plans, InitiativeSummaries initiatives) {
        this.plans = plans;
        this.initiatives = initiatives;
    }

    @GetMapping
    String plan(@PathVariable String kommunekode, @PathVariable String id,
                @RequestParam(name = "udfoert", required = false) String done,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", ActionPlanListController.PROPOSED.equals(done)
                ? "Handleplanen er foreslået. SSP-ledergruppen eller SSP-sekretariatet vedtager den."
                : Optional.ofNullable(done).flatMap(ActionPlanStep::ofSlug).map(ActionPlanStep::done).orElse(null));
        return show(municipality(kommunekode), id, user, new LinkedMultiValueMap<>(), FormErrors.NONE, model);
    }

    @PostMapping("/{step:" + ActionPlanStep.SLUGS + "}")
    String step(@PathVariable String kommunekode, @PathVariable String id, @PathVariable("step") String slug,
                @RequestParam MultiValueMap<String, String> typed,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                HttpServletResponse response) {
        Municipality municipality = municipality(kommunekode);
        ActionPlanStep step = ActionPlanStep.ofSlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            plans.take(municipality.code(), id, step.command(), step.body(typed));
            return "redirect:/kommuner/{kommunekode}/handleplaner/{id}?udfoert=" + step.slug();
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            if (refusal.isConflict()) {
                model.addAttribute("conflict", refusal.conflict());
                return show(municipality, id, user, new LinkedMultiValueMap<>(), FormErrors.NONE, model);
            }
            return show(municipality, id, user, typed, refusal.errors(), model);
        }
    }

    private String show(Municipality municipality, String id, SignedInUser user, MultiValueMap<String, String> typed,
                        FormErrors errors, Model model) {
        ActionPlan plan = plans.plan(municipality.code(), id);
        model.addAttribute("municipality", municipality);
        model.addAttribute("plan", plan);
        model.addAttribute("initiatives", PlanInitiatives.of(plan, initiatives.of(municipality.code())));
        model.addAttribute("offered", ActionPlanStep.offeredTo(user, plan).stream().map(ActionPlanStep::slug)
                .collect(Collectors.toSet()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "municipality/actionplan/detail";
    }

    /** The municipality of a page's address; an unknown code is a page that does not exist. */
    static Municipality municipality(String kommunekode) {
        return ReferenceData.instance().findMunicipality(kommunekode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
    }
}
