package dk.samspil.web.municipality.fundingpool.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.platform.security.Role;
import dk.samspil.web.api.ApiRefusedException;
import dk.samspil.web.municipality.actionplan.query.InitiativeSummaries;
import dk.samspil.web.municipality.fundingpool.query.FundingPool;
import dk.samspil.web.municipality.fundingpool.query.FundingPoolClient;
import dk.samspil.web.page.Choice;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.FormErrors;
import dk.samspil.web.page.FormRefusal;
import dk.samspil.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The municipality's pool (pulje) for one accounting year, this year unless {@code ?aar=} says another: its amount,
 * what is reserved, spent and left, and the money per initiative. Where the year has no pool, the leader group and
 * the secretariat are offered to open it (the service's access rules: those who decide on budgets).
 */
@Controller
@RequestMapping("/kommuner/{kommunekode}/pulje")
class FundingPoolController {

    private static final String PAGE = "municipality/fundingpool/pool";
    private static final String OPENED = "aabnet";
    private static final Set<Role> OPENING = EnumSet.of(Role.SSP_LEADER_GROUP, Role.SSP_SECRETARIAT);

    private final FundingPoolClient pools;
    private final InitiativeSummaries initiatives;

    FundingPoolController(FundingPoolClient pools, InitiativeSummaries initiatives) {
        this.pools = pools;
        this.initiatives = initiatives;
    }

    @GetMapping
    String pool(@PathVariable String kommunekode, @RequestParam(name = "aar", required = false) Integer year,
                @RequestParam(name = "udfoert", required = false) String done,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model) {
        int shown = year != null ? year : thisYear();
        model.addAttribute("opened", OPENED.equals(done));
        return show(municipality(kommunekode), shown, user, OpenPoolForm.forYear(shown), FormErrors.NONE, model);
    }

    @PostMapping
    String open(@PathVariable String kommunekode, OpenPoolForm form,
                @ModelAttribute(name = "user", binding = false) SignedInUser user, Model model,
                HttpServletResponse response) {
        Municipality municipality = municipality(kommunekode);
        int year = form.year().orElseGet(FundingPoolController::thisYear);
        FormErrors unreadable = form.unreadable();
        if (unreadable.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(municipality, year, user, form, unreadable, model);
        }
        try {
            pools.open(municipality.code(), form.command());
            return "redirect:/kommuner/{kommunekode}/pulje?aar=" + year + "&udfoert=" + OPENED;
        } catch (ApiRefusedException refused) {
            FormRefusal refusal = FormRefusal.of(refused);
            response.setStatus(refusal.status().value());
            model.addAttribute("conflict", refusal.isConflict() ? refusal.conflict() : null);
            return show(municipality, year, user, form, refusal.errors(), model);
        }
    }

    private String show(Municipality municipality, int year, SignedInUser user, OpenPoolForm form, FormErrors errors,
                        Model model) {
        List<FundingPool> all = pools.pools(municipality.code());
        Optional<FundingPool> pool = all.stream().filter(found -> found.accountingYear() == year).findFirst();
        boolean anyMoney = pool.map(found -> !found.reservations().isEmpty() || !found.settlements().isEmpty())
                .orElse(false);
        model.addAttribute("municipality", municipality);
        model.addAttribute("year", year);
        model.addAttribute("years", years(all, year));
        model.addAttribute("pool", pool.orElse(null));
        model.addAttribute("lines", anyMoney ? PoolLine.of(pool.get(), initiatives.of(municipality.code())) : List.of());
        model.addAttribute("mayOpen", user != null && user.caller().isMunicipality(municipality.code())
                && user.hasAny(OPENING));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    /** The years to choose between: those with a pool, this year, next year and the one shown. */
    private static List<Choice> years(List<FundingPool> pools, int shown) {
        TreeSet<Integer> years = new TreeSet<>(List.of(thisYear(), thisYear() + 1, shown));
        pools.stream().map(FundingPool::accountingYear).forEach(years::add);
        return years.stream().map(String::valueOf).map(year -> new Choice(year, year)).toList();
    }

    private static int thisYear() {
        return LocalDate.now(DanishFormats.DENMARK).getYear();
    }

    private static Municipality municipality(String kommunekode) {
        return ReferenceData.instance().findMunicipality(kommunekode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommune"));
    }
}
