package dk.samspil.web.national.project.web;

import dk.samspil.contracts.national.PilotMunicipalityRole;
import dk.samspil.platform.security.Role;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.national.project.query.ProjectClient;
import dk.samspil.web.national.project.query.ProjectResponse;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.ReferenceChoices;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.FormStep;
import dk.samspil.web.page.PostedForm;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;

/**
 * SSP-Samrådet's national projects: the list, each project with its grants, pilot municipalities and milestones and
 * the steps the signed-in user may take on them now (see {@link ProjectStep}), and the secretariat's proposal of a new
 * one.
 */
@Controller
class ProjectController {

    private static final String NEW = "national/project/new";
    private static final String PROPOSED = "foreslaaet";

    private final ProjectClient projects;

    ProjectController(ProjectClient projects) {
        this.projects = projects;
    }

    @GetMapping("/landet/projekter")
    String list(Authentication authentication, Model model) {
        model.addAttribute("projects", projects.projects());
        model.addAttribute("mayPropose", isSecretariat(authentication));
        return "national/project/list";
    }

    @GetMapping("/landet/projekter/{id}")
    String project(@PathVariable String id, @RequestParam(required = false) String udfoert,
                   @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        model.addAttribute("done", PROPOSED.equals(udfoert) ? "Projektet er foreslået."
                : ProjectStep.ofSlug(udfoert).map(step -> step.form().done()).orElse(null));
        return detail(projects.project(id), user, PostedForm.NONE, model);
    }

    @PostMapping("/landet/projekter/{id}/{step}")
    String projectStep(@PathVariable String id, @PathVariable("step") String slug,
                       @RequestParam MultiValueMap<String, String> fields,
                       @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                       HttpServletResponse response) {
        ProjectStep step = step(null, slug);
        return take(id, step, null, fields, user, model, response);
    }

    @PostMapping("/landet/projekter/{id}/{part}/{itemId}/{step}")
    String itemStep(@PathVariable String id, @PathVariable String part, @PathVariable String itemId,
                    @PathVariable("step") String slug, @RequestParam MultiValueMap<String, String> fields,
                    @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                    HttpServletResponse response) {
        ProjectStep step = step(part, slug);
        return take(id, step, itemId, fields, user, model, response);
    }

    @GetMapping("/landet/projekter/ny")
    String newProject(Model model) {
        return show(model, ProjectForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/landet/projekter/ny")
    String propose(ProjectForm form, Model model, HttpServletResponse response) {
        try {
            return "redirect:/landet/projekter/" + projects.propose(form.toProposal()) + "?udfoert=" + PROPOSED;
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            return show(model, form, FormErrors.of(refused));
        }
    }

    private String take(String id, ProjectStep step, String itemId, MultiValueMap<String, String> fields,
                        SignedInUser user, Model model, HttpServletResponse response) {
        FormStep form = step.form();
        return PostedForm.of(form.formId(itemId), fields).submit(form.fields(), body -> {
            if (itemId == null) {
                projects.take(id, form.apiPath(), body);
            } else {
                projects.take(id, step.part().apiPath(), itemId, form.apiPath(), body);
            }
            return "redirect:/landet/projekter/{id}?udfoert=" + form.slug();
        }, posted -> detail(projects.project(id), user, posted, model), model, response);
    }

    private static ProjectStep step(String part, String slug) {
        return ProjectStep.of(part, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String detail(ProjectResponse project, SignedInUser user, PostedForm posted, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("steps", OfferedSteps.of(project, user));
        model.addAttribute("posted", posted);
        model.addAttribute("errors", posted.errors());
        model.addAttribute("municipalities", ReferenceChoices.municipalities());
        model.addAttribute("pilotRoles", Choice.of(PilotMunicipalityRole.class, PilotMunicipalityRole::label));
        return "national/project/detail";
    }

    private static String show(Model model, ProjectForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return NEW;
    }

    private static boolean isSecretariat(Authentication authentication) {
        return SignedInUser.of(authentication).map(user -> user.hasAny(Set.of(Role.NATIONAL_SECRETARIAT)))
                .orElse(false);
    }
}
