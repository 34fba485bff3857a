package dk.samspil.web.home.web;

import dk.samspil.platform.security.Role;
import dk.samspil.web.district.query.DistrictDashboardClient;
import dk.samspil.web.home.query.Visits;
import dk.samspil.web.national.query.NationalClient;
import dk.samspil.web.page.MenuItem;
import dk.samspil.web.page.Menus;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Mit overblik": the pages this user can open, and where something changed since they were last here — the
 * municipalities of their district, or the districts of the country. The municipality's SSP staff also see their
 * work: the initiatives waiting for them, unread concerns and this year's pool.
 */
@Controller
class HomeController {

    private final Menus menus;
    private final Visits visits;
    private final DistrictDashboardClient districts;
    private final NationalClient national;
    private final MunicipalOverview municipalOverview;

    HomeController(Menus menus, Visits visits, DistrictDashboardClient districts, NationalClient national,
                   MunicipalOverview municipalOverview) {
        this.menus = menus;
        this.visits = visits;
        this.districts = districts;
        this.national = national;
        this.municipalOverview = municipalOverview;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        SignedInUser user = SignedInUser.of(authentication).orElseThrow();
        Optional<Instant> previousVisit = visits.visitNow(user.caller().subject());
        List<MenuItem> pages = menus.of(user, "/").stream().filter(page -> !page.href().equals("/")).toList();
        model.addAttribute("pages", pages);
        model.addAttribute("previousVisit", previousVisit.orElse(null));
        model.addAttribute("changes", changesSince(user, previousVisit));
        model.addAttribute("work", user.municipality().filter(code -> user.hasAny(Role.MUNICIPAL_STAFF))
                .map(code -> municipalOverview.of(user, code)).orElse(null));
        return "home/home";
    }

    /** A district's people follow their municipalities; the national association follows the districts. */
    private ChangesSince changesSince(SignedInUser user, Optional<Instant> previousVisit) {
        Optional<String> district = user.followedDistrict();
        if (district.isPresent()) {
            var dashboard = districts.fetch(district.get(), Optional.empty());
            return ChangesSince.of("kommuner i " + dashboard.districtName(), previousVisit,
                    dashboard.municipalities().stream()
                            .map(municipality -> new ChangesSince.Place(municipality.name(), null,
                                    municipality.lastEventAt()))
                            .toList());
        }
        if (user.seesTheNationalPicture()) {
            var overview = national.overview(Optional.empty());
            return ChangesSince.of("kredse", previousVisit, overview.districts().stream()
                    .map(place -> new ChangesSince.Place(place.name(), "/kredse/" + place.code(), place.lastEventAt()))
                    .toList());
        }
        return null;
    }
}
