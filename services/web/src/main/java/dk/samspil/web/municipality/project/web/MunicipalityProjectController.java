package dk.samspil.web.municipality.project.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Role;
import dk.samspil.web.municipality.project.query.MunicipalityProjectClient;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The national projects a municipality takes part in as a pilot municipality. A project links to its national page
 * only for those who may open it (SSP-Samrådet's roles); for the others it is a name.
 */
@Controller
class MunicipalityProjectController {

    private final MunicipalityProjectClient projects;

    MunicipalityProjectController(MunicipalityProjectClient projects) {
        this.projects = projects;
    }

    @GetMapping("/kommuner/{kommunekode}/projekter")
    String projects(@PathVariable String kommunekode, Authentication authentication, Model model) {
        Municipality municipality = ReferenceData.instance().findMunicipality(kommunekode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
        model.addAttribute("municipality", municipality);
        model.addAttribute("projects", projects.projects(municipality.code()));
        model.addAttribute("mayOpenProjects", SignedInUser.of(authentication)
                .map(user -> user.hasAny(Role.NATIONAL)).orElse(false));
        return "municipality/project/list";
    }
}
