package dk.samspil.web.districtcouncil.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.districtcouncil.query.CooperationPlan;
import dk.samspil.web.districtcouncil.query.DistrictCouncilClient;
import dk.samspil.web.districtcouncil.query.DistrictCouncilCommands;
import dk.samspil.web.districtcouncil.query.PublishedCooperationPlanClient;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.FormRefusal;
import dk.samspil.web.page.FormRows;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The council's cooperation plan (samarbejdsplan): the secretariat drafts it and publishes a draft; the published plan
 * is public, readable without signing in.
 */
@Controller
class CooperationPlanController {

    private final DistrictCouncilClient councils;
    private final PublishedCooperationPlanClient publishedPlans;

    CooperationPlanController(DistrictCouncilClient councils, PublishedCooperationPlanClient publishedPlans) {
        this.councils = councils;
        this.publishedPlans = publishedPlans;
    }

    @GetMapping("/kredse/{code}/samarbejdsplan")
    String page(@PathVariable String code, @RequestParam(name = "udfoert", required = false) String done,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", done);
        Optional<CooperationPlan> draft = councils.draft(code);
        return show(code, user, draft, FormErrors.NONE, draft.map(CooperationPlanController::asForm)
                .orElseGet(LinkedMultiValueMap::new), model);
    }

    @PostMapping("/kredse/{code}/samarbejdsplan/udkast")
    String saveDraft(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                     @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                     HttpServletResponse response) {
        try {
            councils.saveDraft(code, new DistrictCouncilCommands.Draft(FormRows.blankAsNull(form.getFirst("title")),
                    FormRows.blankAsNull(form.getFirst("periodStart")), FormRows.blankAsNull(form.getFirst("periodEnd")),
                    FormRows.blankAsNull(form.getFirst("text"))));
            return "redirect:/kredse/{code}/samarbejdsplan?udfoert=udkast";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            model.addAttribute("conflict", refusal.conflict());
            return show(code, user, councils.draft(code), refusal.errors(), form, model);
        }
    }

    @PostMapping("/kredse/{code}/samarbejdsplan/offentliggoerelse")
    String publish(@PathVariable String code, @RequestParam String version,
                   @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                   HttpServletResponse response) {
        try {
            councils.publish(code, new DistrictCouncilCommands.Publication(version));
            return "redirect:/kredse/{code}/samarbejdsplan?udfoert=offentliggjort";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            model.addAttribute("conflict", refusal.explanation());
            Optional<CooperationPlan> draft = councils.draft(code);
            return show(code, user, draft, FormErrors.NONE,
                    draft.map(CooperationPlanController::asForm).orElseGet(LinkedMultiValueMap::new), model);
        }
    }

    /** Public: the law makes the plan public, so this page asks the API without the user's token. */
    @GetMapping("/offentlig/kredse/{code}/samarbejdsplan")
    String published(@PathVariable String code, Model model) {
        model.addAttribute("plan", publishedPlans.fetch(code).orElse(null));
        return "districtcouncil/public-plan";
    }

    private String show(String code, SignedInUser user, Optional<CooperationPlan> draft, FormErrors errors,
                        MultiValueMap<String, String> form, Model model) {
        model.addAttribute("council", councils.council(code));
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("published", publishedPlans.fetch(code).orElse(null));
        model.addAttribute("mayAct", Secretariat.mayAct(user));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "districtcouncil/cooperation-plan";
    }

    /** The next draft starts from the latest one. */
    private static MultiValueMap<String, String> asForm(CooperationPlan draft) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("title", draft.title());
        form.add("periodStart", draft.periodStart().toString());
        form.add("periodEnd", draft.periodEnd().toString());
        form.add("text", draft.text());
        return form;
    }
}
