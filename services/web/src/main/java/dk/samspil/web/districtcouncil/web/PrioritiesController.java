package dk.samspil.web.districtcouncil.web;

import dk.samspil.contracts.reference.Theme;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.districtcouncil.query.DistrictCouncil;
import dk.samspil.web.districtcouncil.query.DistrictCouncilClient;
import dk.samspil.web.districtcouncil.query.DistrictCouncilCommands;
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

import java.util.List;
import java.util.Map;

/** The district council's strategic priorities for a period: a theme and a goal each. */
@Controller
class PrioritiesController {

    private static final int MAX_ROWS = 30;
    private static final int EMPTY_ROWS = 3;

    private final DistrictCouncilClient councils;

    PrioritiesController(DistrictCouncilClient councils) {
        this.councils = councils;
    }

    @GetMapping("/kredse/{code}/prioriteter")
    String page(@PathVariable String code, @RequestParam(name = "udfoert", required = false) String done,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        DistrictCouncil council = councils.council(code);
        model.addAttribute("done", done);
        return show(council, user, FormErrors.NONE, current(council.priorities()), model);
    }

    @PostMapping("/kredse/{code}/prioriteter")
    String set(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
               @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
               HttpServletResponse response) {
        Map<String, String> fields = form.toSingleValueMap();
        FormRows priorities = FormRows.of(fields, "priorities", MAX_ROWS, "theme", "goal");
        try {
            councils.setPriorities(code, new DistrictCouncilCommands.Priorities(
                    FormRows.blankAsNull(fields.get("periodStart")), FormRows.blankAsNull(fields.get("periodEnd")),
                    priorities.values(fields)));
            return "redirect:/kredse/{code}/prioriteter?udfoert=prioriteter";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            return show(councils.council(code), user, priorities.atTypedRows(refusal.errors()), form, model);
        }
    }

    private static String show(DistrictCouncil council, SignedInUser user, FormErrors errors,
                               MultiValueMap<String, String> form, Model model) {
        int items = council.priorities() == null ? 0 : council.priorities().items().size();
        model.addAttribute("council", council);
        model.addAttribute("mayAct", Secretariat.mayAct(user));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("rows", Math.min(MAX_ROWS, items + EMPTY_ROWS));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "districtcouncil/priorities";
    }

    /** The form filled in with the priorities the council has now, to change or add to. */
    private static MultiValueMap<String, String> current(DistrictCouncil.Priorities priorities) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        if (priorities == null) {
            return form;
        }
        form.add("periodStart", priorities.periodStart().toString());
        form.add("periodEnd", priorities.periodEnd().toString());
        List<DistrictCouncil.Priority> items = priorities.items();
        for (int row = 0; row < items.size(); row++) {
            form.add("priorities[" + row + "].theme", items.get(row).theme());
            form.add("priorities[" + row + "].goal", items.get(row).goal());
        }
        return form;
    }
}
