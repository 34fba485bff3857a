package dk.samspil.web.districtcouncil.web;

import dk.samspil.contracts.districtcouncil.AgendaItemKind;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Theme;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.district.query.DistrictConcerns;
import dk.samspil.web.district.query.DistrictDashboardClient;
import dk.samspil.web.district.query.DistrictDashboardResponse;
import dk.samspil.web.districtcouncil.query.DistrictCouncil;
import dk.samspil.web.districtcouncil.query.DistrictCouncilClient;
import dk.samspil.web.districtcouncil.query.DistrictCouncilCommands;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.FormRefusal;
import dk.samspil.web.page.FormRows;
import dk.samspil.web.page.Paged;
import dk.samspil.web.page.RefusedForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The council's meetings: the secretariat puts a meeting's agenda together (escalated concerns, action plans, local
 * reports), records the decisions made at it and assigns them to the district's local councils; the meeting pack
 * prints the agenda, the decisions and the district's key figures.
 */
@Controller
class MeetingsController {

    private static final int AGENDA_ROWS = 6;
    /** The assignment form shares the page with the decision form, so its fields carry this prefix in their ids. */
    private static final String ASSIGNMENT = "tildeling-";

    private final DistrictCouncilClient councils;
    private final DistrictDashboardClient dashboards;
    private final LocalCouncils localCouncils;
    private final DanishFormats danish;

    MeetingsController(DistrictCouncilClient councils, DistrictDashboardClient dashboards, LocalCouncils localCouncils,
                       DanishFormats danish) {
        this.councils = councils;
        this.dashboards = dashboards;
        this.localCouncils = localCouncils;
        this.danish = danish;
    }

    @GetMapping("/kredse/{code}/moeder")
    String page(@PathVariable String code, @RequestParam(name = "udfoert", required = false) String done,
                @RequestParam(name = "side", required = false) Integer page,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", done);
        return show(code, user, null, page, model);
    }

    @PostMapping("/kredse/{code}/moeder")
    String schedule(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                    @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                    HttpServletResponse response) {
        Map<String, String> fields = form.toSingleValueMap();
        FormRows agenda = FormRows.of(fields, "agenda", AGENDA_ROWS, "kind", "reference", "title");
        try {
            councils.scheduleMeeting(code, new DistrictCouncilCommands.Meeting(
                    FormRows.blankAsNull(fields.get("date")), agenda.values(fields)));
            return "redirect:/kredse/{code}/moeder?udfoert=moede";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            return refusedForm(code, user, "meeting", refusal.withErrors(agenda.atTypedRows(refusal.errors())), form,
                    model, response);
        }
    }

    @PostMapping("/kredse/{code}/beslutninger")
    String decide(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                  @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                  HttpServletResponse response) {
        try {
            councils.decide(code, form.getFirst("meetingId"), new DistrictCouncilCommands.Decision(
                    FormRows.blankAsNull(form.getFirst("title")), FormRows.blankAsNull(form.getFirst("description")),
                    form.getOrDefault("themes", List.of()), form.getOrDefault("localCouncilIds", List.of()),
                    FormRows.blankAsNull(form.getFirst("dueDate"))));
            return "redirect:/kredse/{code}/moeder?udfoert=beslutning";
        } catch (ApiRefusedException refused) {
            return refusedForm(code, user, "decision", FormRefusal.of(refused), form, model, response);
        }
    }

    @PostMapping("/kredse/{code}/tildelinger")
    String assign(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
                  @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                  HttpServletResponse response) {
        try {
            councils.assign(code, form.getFirst("decisionId"),
                    new DistrictCouncilCommands.Assignment(form.getOrDefault("localCouncilIds", List.of())));
            return "redirect:/kredse/{code}/moeder?udfoert=tildeling";
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            return refusedForm(code, user, "assignment", refusal.withErrors(prefixed(refusal.errors())), form, model,
                    response);
        }
    }

    @GetMapping("/kredse/{code}/moeder/{meetingId}/pakke")
    String pack(@PathVariable String code, @PathVariable String meetingId, Model model) {
        DistrictCouncil council = councils.council(code);
        DistrictCouncil.Meeting meeting = council.meeting(meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("title", "Mødepakke " + danish.date(meeting.date()));
        model.addAttribute("council", council);
        model.addAttribute("meeting", meeting);
        model.addAttribute("dashboard", dashboards.fetch(code, Optional.empty()));
        return "districtcouncil/meeting-pack";
    }

    private String refusedForm(String code, SignedInUser user, String form, FormRefusal refusal,
                               MultiValueMap<String, String> typed, Model model, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        return show(code, user, new RefusedForm(form, refusal, typed), null, model);
    }

    /** {@code refused} is the form the service refused, if any. */
    private String show(String code, SignedInUser user, RefusedForm refused, Integer page, Model model) {
        DistrictCouncil council = councils.council(code);
        boolean mayAct = Secretariat.mayAct(user);
        List<DistrictCouncil.Meeting> latestFirst = council.meetings().stream()
                .sorted(Comparator.comparing(DistrictCouncil.Meeting::date).reversed()).toList();
        model.addAttribute("council", council);
        model.addAttribute("meetings", latestFirst);
        model.addAttribute("meetingsPage", Paged.of(latestFirst, page));
        model.addAttribute("mayAct", mayAct);
        RefusedForm.addForms(model, refused, "meeting", "decision", "assignment");
        if (mayAct) {
            model.addAttribute("agendaRows", AGENDA_ROWS);
            model.addAttribute("kinds", AgendaItemKind.values());
            model.addAttribute("themes", Theme.values());
            model.addAttribute("localCouncils", localCouncils.inDistrict(council.districtCode()));
            model.addAttribute("escalatedConcerns", escalatedConcerns(code));
        }
        return "districtcouncil/meetings";
    }

    /** What the agenda's references can point at without the user looking up an id. */
    private List<DistrictConcerns.Concern> escalatedConcerns(String code) {
        DistrictDashboardResponse dashboard = dashboards.fetch(code, Optional.empty());
        return dashboard.hasCouncilDetails() ? dashboard.concerns().escalatedToDistrict() : List.of();
    }

    private static FormErrors prefixed(FormErrors errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        errors.summary().forEach(error -> byField.put(ASSIGNMENT + error.getKey(), error.getValue()));
        return new FormErrors(byField, errors.general());
    }
}
