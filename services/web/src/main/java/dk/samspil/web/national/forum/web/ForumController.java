package dk.samspil.web.national.forum.web;

import dk.samspil.contracts.national.ForumKind;
import dk.samspil.web.national.forum.query.ForumClient;
import dk.samspil.web.national.forum.query.ForumResponse;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.ReferenceChoices;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.FormField;
import dk.samspil.web.page.FormStep;
import dk.samspil.web.page.PostedForm;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dk.samspil.web.page.FormField.text;

/**
 * SSP-Samrådet's professional forums (fagfora) and experience networks (erfaringsnetværk): the list, establishing
 * one, and one forum with its coordinators, members, meetings, yearly statuses and products and — for the
 * secretariat, while it is active — the steps on it (see {@link ForumStep}).
 */
@Controller
class ForumController {

    private static final String NEW = "national/forum/new";
    private static final String ESTABLISHED = "oprettet";
    /** The form on the new forum's page: its fields are {@code forum-kind}, {@code forum-name}, … */
    private static final String FORUM_FORM = "forum";
    private static final List<FormField> FORUM_FIELDS = List.of(text("kind"), text("name"), text("mandate"));

    private final ForumClient forums;

    ForumController(ForumClient forums) {
        this.forums = forums;
    }

    @GetMapping("/landet/fora")
    String list(@ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("forums", forums.forums());
        model.addAttribute("mayEstablish", ForumStep.mayEstablish(user));
        return "national/forum/list";
    }

    @GetMapping("/landet/fora/ny")
    String newForum(Model model) {
        return showNew(PostedForm.NONE, model);
    }

    @PostMapping("/landet/fora/ny")
    String establish(@RequestParam MultiValueMap<String, String> fields, Model model, HttpServletResponse response) {
        return PostedForm.of(FORUM_FORM, fields).submit(FORUM_FIELDS,
                body -> "redirect:/landet/fora/" + forums.establish(body) + "?udfoert=" + ESTABLISHED,
                posted -> showNew(posted, model), model, response);
    }

    @GetMapping("/landet/fora/{id}")
    String forum(@PathVariable String id, @RequestParam(required = false) String udfoert,
                 @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", ESTABLISHED.equals(udfoert) ? "Forummet er oprettet."
                : ForumStep.ofSlug(udfoert).map(step -> step.form().done()).orElse(null));
        return detail(forums.forum(id), user, PostedForm.NONE, model);
    }

    @PostMapping("/landet/fora/{id}/{step}")
    String step(@PathVariable String id, @PathVariable("step") String slug,
                @RequestParam MultiValueMap<String, String> fields,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                HttpServletResponse response) {
        ForumStep step = ForumStep.ofSlug(slug).filter(found -> found != ForumStep.MEMBER_LEAVING)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        FormStep form = step.form();
        return PostedForm.of(form.formId(null), fields).submit(form.fields(), body -> {
            forums.take(id, form.apiPath(), body);
            return "redirect:/landet/fora/{id}?udfoert=" + form.slug();
        }, posted -> detail(forums.forum(id), user, posted, model), model, response);
    }

    @PostMapping("/landet/fora/{id}/medlemmer/{memberId}/udtraeden")
    String leave(@PathVariable String id, @PathVariable String memberId,
                 @RequestParam MultiValueMap<String, String> fields,
                 @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                 HttpServletResponse response) {
        FormStep form = ForumStep.MEMBER_LEAVING.form();
        return PostedForm.of(form.formId(memberId), fields).submit(form.fields(), body -> {
            forums.leave(id, memberId);
            return "redirect:/landet/fora/{id}?udfoert=" + form.slug();
        }, posted -> detail(forums.forum(id), user, posted, model), model, response);
    }

    private static String detail(ForumResponse forum, SignedInUser user, PostedForm posted, Model model) {
        model.addAttribute("forum", forum);
        model.addAttribute("mayChange", ForumStep.offered(user, forum));
        model.addAttribute("posted", posted);
        model.addAttribute("errors", posted.errors());
        model.addAttribute("municipalities", ReferenceChoices.municipalities());
        model.addAttribute("attendable", attendable(forum));
        model.addAttribute("thisYear", LocalDate.now(DanishFormats.DENMARK).getYear());
        return "national/forum/detail";
    }

    private static String showNew(PostedForm posted, Model model) {
        model.addAttribute("posted", posted);
        model.addAttribute("errors", posted.errors());
        model.addAttribute("kinds", Choice.of(ForumKind.class, ForumKind::label));
        return NEW;
    }

    /** Who may have come to a meeting: the municipalities of the forum's active members and its coordinators. */
    private static List<Choice> attendable(ForumResponse forum) {
        Set<String> codes = Stream.concat(
                        forum.members().stream().filter(member -> member.leftOn() == null)
                                .map(ForumResponse.Member::municipalityCode),
                        forum.coordinators().stream().map(ForumResponse.Coordinator::municipalityCode))
                .collect(Collectors.toSet());
        return ReferenceChoices.municipalities().stream().filter(choice -> codes.contains(choice.code())).toList();
    }
}
