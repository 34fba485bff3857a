package dk.samspil.web.municipality.initiative.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.municipality.initiative.query.InitiativeClient;
import dk.samspil.web.page.CatchingUp;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import static dk.samspil.web.municipality.initiative.web.InitiativeListController.listPath;
import static dk.samspil.web.municipality.initiative.web.InitiativeListController.municipality;

/**
 * One initiative: its application, budget, status and history, and the steps the signed-in user may take now, each
 * as a form. A step goes to the service with the user's token; a refused field is shown at the step's field with
 * what was typed kept (400, 422), a step the initiative has moved past says where it stands now (409), and a step
 * the user may not take is the Danish "no access" page (403). A step taken leads back to the page
 * ({@code ?udfoert=<step>}), which waits briefly for the read model to show it.
 */
@Controller
class InitiativeController {

    /** The read model follows the event store within moments; the page asks again this often before it says so. */
    private final InitiativeClient initiatives;
    private final InitiativeLabels labels;

    InitiativeController(InitiativeClient initiatives, InitiativeLabels labels) {
        this.initiatives = initiatives;
        this.labels = labels;
    }

    @GetMapping("/kommuner/{kommunekode}/indsatser/{id}")
    String detail(@PathVariable String kommunekode, @PathVariable String id,
                  @RequestParam(name = "udfoert", required = false) String done, Authentication authentication,
                  Model model) {
        Municipality municipality = municipality(kommunekode);
        InitiativeStep taken = done == null ? null : InitiativeStep.ofSlug(done).orElse(null);
        CatchingUp<Initiative> initiative = CatchingUp.read(() -> initiatives.get(municipality.code(), id),
                read -> taken == null || shows(read, taken));
        model.addAttribute("done", taken);
        model.addAttribute("stale", !initiative.caughtUp());
        return page(municipality, initiative.value(), authentication, null, FormErrors.NONE, model);
    }

    @PostMapping("/kommuner/{kommunekode}/indsatser/{id}/{step:" + InitiativeStep.SLUGS + "}")
    Object step(@PathVariable String kommunekode, @PathVariable String id, @PathVariable("step") String slug,
                @RequestParam MultiValueMap<String, String> fields, Authentication authentication, Model model,
                HttpServletResponse response) {
        Municipality municipality = municipality(kommunekode);
        InitiativeStep step = InitiativeStep.ofSlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StepForm form = new StepForm(step, fields == null ? new LinkedMultiValueMap<>() : fields);
        StepForm.Body body = form.body();
        if (body.unreadable().any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(municipality, initiatives.get(municipality.code(), id), authentication, form,
                    body.unreadable(), model);
        }
        try {
            initiatives.take(municipality.code(), id, step.apiPath(), body.json());
        } catch (ApiRefusedException refused) {
            return switch (refused.status()) {
                case BAD_REQUEST, UNPROCESSABLE_CONTENT -> {
                    response.setStatus(refused.status().value());
                    yield page(municipality, initiatives.get(municipality.code(), id), authentication, form,
                            form.errorsOf(refused.problem()), model);
                }
                case CONFLICT -> {
                    response.setStatus(HttpStatus.CONFLICT.value());
                    Initiative current = initiatives.get(municipality.code(), id);
                    String status = refused.problem().currentStatus() != null
                            ? labels.status(refused.problem().currentStatus()) : current.statusLabel();
                    model.addAttribute("conflict", new Conflict(status, refused.problem().detail()));
                    yield page(municipality, current, authentication, null, FormErrors.NONE, model);
                }
                default -> throw refused;
            };
        }
        RedirectView done = new RedirectView(UriComponentsBuilder.fromPath(detailPath(municipality, id))
                .queryParam("udfoert", step.slug()).encode().build().toUriString());
        done.setStatusCode(HttpStatus.SEE_OTHER);
        return done;
    }

    private String page(Municipality municipality, Initiative initiative, Authentication authentication,
                        StepForm posted, FormErrors errors, Model model) {
        SignedInUser user = SignedInUser.of(authentication).orElse(null);
        String detailPath = detailPath(municipality, initiative.id());
        model.addAttribute("municipality", municipality);
        model.addAttribute("initiative", initiative);
        model.addAttribute("listHref", listPath(municipality));
        model.addAttribute("detailHref", detailPath);
        model.addAttribute("editHref", detailPath + "/ansoegning");
        model.addAttribute("mayEdit", user != null
                && InitiativeStep.mayEditApplication(user, municipality.code(), initiative.status()));
        model.addAttribute("steps", user == null ? List.of()
                : InitiativeStep.offeredTo(user, municipality.code(), initiative.status()));
        model.addAttribute("funding", FundingCriteriaCheck.of(initiative.application()));
        model.addAttribute("accountingYear", accountingYear(initiative));
        model.addAttribute("areaChoices", initiative.application().localAreas().stream()
                .map(area -> new Choice(area, area)).toList());
        model.addAttribute("forms", new StepForms(posted));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "municipality/initiative/detail";
    }

    /** The pool year the budget is settled in: the year of its first budget line, else this year. */
    private static int accountingYear(Initiative initiative) {
        return initiative.application().budgetLines().stream().map(Initiative.BudgetLine::settlementMonth)
                .filter(Objects::nonNull).map(YearMonth::getYear).findFirst()
                .orElse(LocalDate.now(DanishFormats.DENMARK).getYear());
    }

    private static boolean shows(Initiative initiative, InitiativeStep taken) {
        return initiative.lastStep() != null && taken.historyStep().equals(initiative.lastStep().step());
    }

    private static String detailPath(Municipality municipality, String id) {
        return UriComponentsBuilder.fromPath(listPath(municipality)).path("/{id}").buildAndExpand(id).encode()
                .toUriString();
    }

    /** A step the initiative had moved past: where it stands now, and what the service said. */
    record Conflict(String statusLabel, String detail) {
    }

    /** The page's step forms: what was typed in the one just posted, for it to be shown again. */
    record StepForms(StepForm posted) {

        public String value(InitiativeStep step, String name, Object fallback) {
            String otherwise = fallback == null ? "" : fallback.toString();
            return posted != null && posted.step() == step ? posted.value(name, otherwise) : otherwise;
        }
    }
}
