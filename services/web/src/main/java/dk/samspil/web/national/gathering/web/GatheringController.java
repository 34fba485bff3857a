package dk.samspil.web.national.gathering.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Role;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.national.gathering.query.GatheringClient;
import dk.samspil.web.national.gathering.query.GatheringResponse;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SSP-Samrådet's courses, theme days, webinars and annual meetings in the districts and nationally: the year's list,
 * planning one, and — for the secretariat — recording it as held with the participants per municipality, or
 * cancelling it with a reason.
 */
@Controller
class GatheringController {

    private static final String LIST = "national/gathering/list";
    private static final String NEW = "national/gathering/new";
    private static final String DETAIL = "national/gathering/detail";

    private final GatheringClient gatherings;

    GatheringController(GatheringClient gatherings) {
        this.gatherings = gatherings;
    }

    @GetMapping("/landet/arrangementer")
    String list(@RequestParam(name = "aar", required = false) Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(DanishFormats.DENMARK).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("gatherings", gatherings.gatherings(shown).stream()
                .sorted(Comparator.comparing(GatheringResponse::date)).toList());
        return LIST;
    }

    @GetMapping("/landet/arrangementer/ny")
    String newGathering(Model model) {
        return showNew(model, new GatheringClient.PlanGathering("THEME_DAY", "", "", "", "SSP-Samrådet"),
                FormErrors.NONE);
    }

    @PostMapping("/landet/arrangementer/ny")
    String plan(GatheringClient.PlanGathering plan, Model model, HttpServletResponse response) {
        try {
            String id = gatherings.plan(new GatheringClient.PlanGathering(plan.kind(),
                    plan.districtCode() == null || plan.districtCode().isBlank() ? null : plan.districtCode(),
                    plan.subject(), plan.date(), plan.organiser()));
            return "redirect:/landet/arrangementer/" + id + "?udfoert=planlagt";
        } catch (ApiRefusedException refused) {
            return refusedForm(refused, response, () -> showNew(model, plan, FormErrors.of(refused)));
        }
    }

    @GetMapping("/landet/arrangementer/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String udfoert, Authentication user,
                  Model model) {
        return showDetail(gatherings.gathering(id), udfoert, user, Map.of(), "", FormErrors.NONE, model);
    }

    @PostMapping("/landet/arrangementer/{id}/afholdt")
    String held(@PathVariable String id, @RequestParam(defaultValue = "") String heldOn,
                @RequestParam Map<String, String> fields, Authentication user, Model model,
                HttpServletResponse response) {
        ParticipantCounts counts = ParticipantCounts.of(fields);
        GatheringResponse gathering = gatherings.gathering(id);
        if (counts.errors().any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return showDetail(gathering, null, user, counts.typed(), heldOn, counts.errors(), model);
        }
        try {
            gatherings.held(id, heldOn, counts.byMunicipality());
            return "redirect:/landet/arrangementer/" + id + "?udfoert=afholdt";
        } catch (ApiRefusedException refused) {
            return refusedForm(refused, response, () -> showDetail(gathering, null, user, counts.typed(), heldOn,
                    FormErrors.of(refused), model));
        }
    }

    @PostMapping("/landet/arrangementer/{id}/aflysning")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication user,
                  Model model, HttpServletResponse response) {
        try {
            gatherings.cancel(id, reason);
            return "redirect:/landet/arrangementer/" + id + "?udfoert=aflyst";
        } catch (ApiRefusedException refused) {
            model.addAttribute("reason", reason);
            return refusedForm(refused, response, () -> showDetail(gatherings.gathering(id), null, user, Map.of(),
                    "", FormErrors.of(refused), model));
        }
    }

    /** A refusal about the form is shown in it (a conflict with the gathering's current state too); others are pages. */
    private static String refusedForm(ApiRefusedException refused, HttpServletResponse response,
                                      Supplier<String> form) {
        if (refused.status().is5xxServerError() || refused.status() == HttpStatus.FORBIDDEN
                || refused.status() == HttpStatus.NOT_FOUND) {
            throw refused;
        }
        response.setStatus(refused.status().value());
        return form.get();
    }

    private static String showNew(Model model, GatheringClient.PlanGathering plan, FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("districts", ReferenceData.instance().districts());
        return NEW;
    }

    private static String showDetail(GatheringResponse gathering, String done, Authentication authentication,
                                     Map<String, String> typed, String heldOn, FormErrors errors, Model model) {
        boolean secretariat = SignedInUser.of(authentication)
                .map(user -> user.hasAny(Set.of(Role.NATIONAL_SECRETARIAT))).orElse(false);
        model.addAttribute("gathering", gathering);
        model.addAttribute("done", done);
        model.addAttribute("mayChange", secretariat && gathering.isPlanned());
        model.addAttribute("invited", invited(gathering));
        model.addAttribute("typed", typed);
        model.addAttribute("heldOn", heldOn);
        model.addAttribute("errors", errors);
        return DETAIL;
    }

    /** Who may have taken part: the district's municipalities, or every municipality for a national gathering. */
    private static Collection<Municipality> invited(GatheringResponse gathering) {
        ReferenceData reference = ReferenceData.instance();
        return gathering.districtCode() == null ? List.copyOf(reference.municipalities())
                : reference.district(gathering.districtCode()).municipalities();
    }
}
