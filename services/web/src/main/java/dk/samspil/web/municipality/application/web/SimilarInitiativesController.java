package dk.samspil.web.municipality.application.web;

import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.application.query.InitiativeApplicationClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * "Findes der allerede en lignende indsats?": while an application's name, themes and target group are typed, the
 * form asks here (htmx) for similar initiatives in all 98 municipalities and swaps in the answer.
 */
@Controller
class SimilarInitiativesController {

    private static final String RESULTS = "municipality/application/similar :: results";

    private final InitiativeApplicationClient initiatives;

    SimilarInitiativesController(InitiativeApplicationClient initiatives) {
        this.initiatives = initiatives;
    }

    /** The API searches by one target group and one method: the first ticked of each. */
    @GetMapping("/kommuner/{kommunekode}/indsatser/lignende")
    String similar(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String themes,
                   @RequestParam(required = false) List<String> targetGroups,
                   @RequestParam(required = false) List<String> methods, Model model) {
        if (name.isBlank() && themes.isBlank()) {
            return RESULTS;
        }
        try {
            model.addAttribute("similar", initiatives.similar(name.strip(), themes.strip(), first(targetGroups),
                            first(methods)).hits().stream()
                    .map(hit -> SimilarInitiative.of(hit, ApplicationChoices.ALL))
                    .toList());
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST) {
                throw refused;
            }
        }
        return RESULTS;
    }

    private static String first(List<String> codes) {
        return codes == null || codes.isEmpty() ? "" : codes.get(0);
    }
}
