package dk.samspil.web.localcouncil.web;

import dk.samspil.contracts.localcouncil.DecisionImplementationStatus;
import dk.samspil.contracts.localcouncil.LocalActivityKind;
import dk.samspil.contracts.localcouncil.Trend;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.platform.security.Role;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.localcouncil.query.LocalCouncilClient;
import dk.samspil.web.localcouncil.query.LocalCouncilCommands;
import dk.samspil.web.localcouncil.query.LocalCouncilPage;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.FormRefusal;
import dk.samspil.web.page.FormRows;
import dk.samspil.web.page.Paged;
import dk.samspil.web.page.RefusedForm;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The local council's page: its activities, its reports of local crime development and the district council's
 * decisions assigned to it; its members record activities, report and say how far they have come with a decision.
 */
@Controller
@RequestMapping("/lokalraad/{id}")
class LocalCouncilController {

    private static final int FIGURE_ROWS = 3;
    private static final String PAGE = "localcouncil/council";

    private final LocalCouncilClient councils;

    LocalCouncilController(LocalCouncilClient councils) {
        this.councils = councils;
    }

    @ModelAttribute
    void vocabulary(Model model) {
        model.addAttribute("themeChoices", Choice.of(Theme.class, Theme::label));
        model.addAttribute("trendChoices", Choice.of(Trend.class, Trend::label));
        model.addAttribute("kindChoices", Choice.of(LocalActivityKind.class, LocalActivityKind::label));
        model.addAttribute("statusChoices", Choice.of(DecisionImplementationStatus.class, DecisionImplementationStatus::label));
        model.addAttribute("figureRows", FIGURE_ROWS);
    }

    @GetMapping
    String page(@PathVariable String id, @RequestParam(name = "udfoert", required = false) String done,
                @RequestParam(name = "aktiviteter", required = false) Integer activitiesPage,
                @RequestParam(name = "rapporter", required = false) Integer reportsPage,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", done);
        return show(id, user, null, activitiesPage, reportsPage, model);
    }

    @PostMapping("/aktiviteter")
    String recordActivity(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                          @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model, HttpServletResponse response) {
        try {
            councils.recordActivity(id, new LocalCouncilCommands.Activity(form.getFirst("kind"),
                    FormRows.blankAsNull(form.getFirst("title")), FormRows.blankAsNull(form.getFirst("description")),
                    form.getOrDefault("themes", List.of()), FormRows.blankAsNull(form.getFirst("heldOn")),
                    FormRows.blankAsNull(form.getFirst("participants"))));
            return "redirect:/lokalraad/{id}?udfoert=aktivitet";
        } catch (ApiRefusedException refused) {
            return refusedForm(id, user, "activity", FormRefusal.of(refused), form, model, response);
        }
    }

    @PostMapping("/rapporter")
    String submitReport(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                        @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model, HttpServletResponse response) {
        Map<String, String> fields = form.toSingleValueMap();
        FormRows figures = FormRows.of(fields, "figures", FIGURE_ROWS, "label", "value");
        List<LocalCouncilCommands.ThemeTrend> trends = Arrays.stream(Theme.values())
                .map(theme -> FormRows.blankAsNull(fields.get("trend." + theme.name())) == null ? null
                        : new LocalCouncilCommands.ThemeTrend(theme.name(), fields.get("trend." + theme.name())))
                .filter(Objects::nonNull)
                .toList();
        try {
            councils.submitReport(id, new LocalCouncilCommands.Report(FormRows.blankAsNull(fields.get("periodStart")),
                    FormRows.blankAsNull(fields.get("periodEnd")), trends, figures.values(fields),
                    FormRows.blankAsNull(fields.get("text"))));
            return "redirect:/lokalraad/{id}?udfoert=rapport";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            return refusedForm(id, user, "report", refusal.withErrors(figures.atTypedRows(refusal.errors())), form,
                    model, response);
        }
    }

    @PostMapping("/gennemfoerelse")
    String reportImplementation(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                                HttpServletResponse response) {
        try {
            councils.reportImplementation(id, form.getFirst("decisionId"), new LocalCouncilCommands.Implementation(
                    form.getFirst("status"), FormRows.blankAsNull(form.getFirst("note"))));
            return "redirect:/lokalraad/{id}?udfoert=gennemfoerelse";
        } catch (ApiRefusedException refused) {
            return refusedForm(id, user, "implementation", FormRefusal.of(refused), form, model, response);
        }
    }

    private String refusedForm(String id, SignedInUser user, String form, FormRefusal refusal,
                               MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        return show(id, user, new RefusedForm(form, refusal, typed), null, null, model);
    }

    /** {@code refused} is the form the service refused, if any. */
    private String show(String id, SignedInUser user, RefusedForm refused, Integer activitiesPage, Integer reportsPage,
                        Model model) {
        LocalCouncilPage page = councils.page(id);
        model.addAttribute("page", page);
        model.addAttribute("decisionChoices", page.decisions().stream()
                .map(decision -> new Choice(decision.decisionId(), decision.title())).toList());
        model.addAttribute("activities", Paged.of(page.activities(), activitiesPage));
        model.addAttribute("reports", Paged.of(page.reports(), reportsPage));
        model.addAttribute("mayReport", user.hasAny(Set.of(Role.LOCAL_COUNCIL_MEMBER)));
        RefusedForm.addForms(model, refused, "activity", "report", "implementation");
        return PAGE;
    }
}
