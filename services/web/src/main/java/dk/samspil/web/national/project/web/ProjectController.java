package dk.samspil.web.national.project.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.national.project.query.ProjectClient;
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

import java.util.Set;

/**
 * SSP-Samrådet's national projects: the list, each project with its grants, pilot municipalities and milestones,
 * and the secretariat's proposal of a new one.
 */
@Controller
class ProjectController {

    private static final String NEW = "national/project/new";

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
    String project(@PathVariable String id, @RequestParam(required = false) String udfoert, Model model) {
        model.addAttribute("project", projects.project(id));
        model.addAttribute("done", udfoert);
        return "national/project/detail";
    }

    @GetMapping("/landet/projekter/ny")
    String newProject(Model model) {
        return show(model, ProjectForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/landet/projekter/ny")
    String propose(ProjectForm form, Model model, HttpServletResponse response) {
        try {
            return "redirect:/landet/projekter/" + projects.propose(form.toProposal()) + "?udfoert=foreslaaet";
        } catch (ApiRefusedException refused) {
            if (refused.status() != HttpStatus.BAD_REQUEST && refused.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw refused;
            }
            response.setStatus(refused.status().value());
            return show(model, form, FormErrors.of(refused));
        }
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
