package dk.samspil.web.municipality.actionplan.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.actionplan.query.ActionPlan;
import dk.samspil.web.municipality.actionplan.query.ActionPlanClient;
import dk.samspil.web.municipality.actionplan.query.InitiativeSummaries;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.Paged;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;

import static dk.samspil.web.municipality.actionplan.web.ActionPlanController.municipality;

/**
 * The municipality's two-year action plans, newest period first, and the proposal of a new one by those who draft
 * plans (its six points and the initiatives it starts with).
 */
@Controller
@RequestMapping("/kommuner/{kommunekode}/handleplaner")
class ActionPlanListController {

    static final String PROPOSED = "foreslaaet";

    private final ActionPlanClient plans;
    private final InitiativeSummaries initiatives;

    ActionPlanListController(ActionPlanClient plans, InitiativeSummaries initiatives) {
        this.plans = plans;
        this.initiatives = initiatives;
    }

    @GetMapping
    String list(@PathVariable String kommunekode, @RequestParam(name = "side", required = false) Integer page,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        Municipality municipality = municipality(kommunekode);
        model.addAttribute("municipality", municipality);
        model.addAttribute("plans", Paged.of(plans.plans(municipality.code()).stream()
                .sorted(Comparator.comparingInt(ActionPlan::firstYear).reversed()).toList(), page));
        model.addAttribute("mayPropose", PlanRoles.DRAFTING.include(user, municipality.code()));
        return "municipality/actionplan/list";
    }

    @GetMapping("/ny")
    String newPlan(@PathVariable String kommunekode, Model model) {
        return form(municipality(kommunekode), ProposalForm.EMPTY, FormErrors.NONE, model);
    }

    @PostMapping("/ny")
    String propose(@PathVariable String kommunekode, @RequestParam MultiValueMap<String, String> typed, Model model,
                   HttpServletResponse response) {
        Municipality municipality = municipality(kommunekode);
        ProposalForm form = new ProposalForm(typed);
        try {
            String id = plans.propose(municipality.code(), form.proposal());
            return "redirect:/kommuner/{kommunekode}/handleplaner/" + id + "?udfoert=" + PROPOSED;
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            return form(municipality, form, ProposalForm.atFields(FormErrors.of(refused)), model);
        }
    }

    private String form(Municipality municipality, ProposalForm form, FormErrors errors, Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("initiatives", PlanInitiatives.offered(initiatives.of(municipality.code()), id -> false));
        model.addAttribute("proposers", ProposalForm.PROPOSERS);
        return "municipality/actionplan/new";
    }
}
