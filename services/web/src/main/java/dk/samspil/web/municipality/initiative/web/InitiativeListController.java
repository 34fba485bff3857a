package dk.samspil.web.municipality.initiative.web;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.municipality.initiative.query.Initiative;
import dk.samspil.web.municipality.initiative.query.InitiativeClient;
import dk.samspil.web.page.DanishFormats;
import dk.samspil.web.page.Paged;
import dk.samspil.web.signin.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's initiatives as a table, filtered by status, prevention level, scope, theme and year, 25 to a page,
 * and the same rows as a CSV file for Excel ({@code ?format=csv}). The service answers every initiative the user may
 * see; the web filters and pages them.
 */
@Controller
class InitiativeListController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InitiativeClient initiatives;
    private final InitiativeLabels labels;

    InitiativeListController(InitiativeClient initiatives, InitiativeLabels labels) {
        this.initiatives = initiatives;
        this.labels = labels;
    }

    @GetMapping("/kommuner/{kommunekode}/indsatser")
    String list(@PathVariable String kommunekode, @RequestParam(required = false) String status,
                @RequestParam(name = "niveau", required = false) String level,
                @RequestParam(name = "raekkevidde", required = false) String scope,
                @RequestParam(name = "tema", required = false) String theme,
                @RequestParam(name = "aar", required = false) String year,
                @RequestParam(name = "side", required = false) String page,
                Authentication authentication, Model model) {
        Municipality municipality = municipality(kommunekode);
        InitiativeFilter filter = InitiativeFilter.of(status, level, scope, theme, year);
        List<Initiative> all = initiatives.list(municipality.code());
        String path = listPath(municipality);
        model.addAttribute("municipality", municipality);
        model.addAttribute("filter", filter);
        model.addAttribute("path", path);
        model.addAttribute("page", Paged.of(filter.apply(all), pageNumber(page)));
        model.addAttribute("count", all.size());
        model.addAttribute("statuses", InitiativeLabels.STATUSES);
        model.addAttribute("levels", InitiativeLabels.LEVELS);
        model.addAttribute("scopes", InitiativeLabels.SCOPES);
        model.addAttribute("themes", InitiativeFilter.themes(all));
        model.addAttribute("years", InitiativeFilter.years(all, LocalDate.now(DanishFormats.DENMARK)));
        model.addAttribute("csvHref", filter.href(path, null, "csv"));
        model.addAttribute("mayDraft", SignedInUser.of(authentication)
                .map(user -> InitiativeStep.mayDraft(user, municipality.code())).orElse(false));
        return "municipality/initiative/list";
    }

    @GetMapping(path = "/kommuner/{kommunekode}/indsatser", params = "format=csv")
    ResponseEntity<byte[]> csv(@PathVariable String kommunekode, @RequestParam(required = false) String status,
                               @RequestParam(name = "niveau", required = false) String level,
                               @RequestParam(name = "raekkevidde", required = false) String scope,
                               @RequestParam(name = "tema", required = false) String theme,
                               @RequestParam(name = "aar", required = false) String year) {
        Municipality municipality = municipality(kommunekode);
        InitiativeFilter filter = InitiativeFilter.of(status, level, scope, theme, year);
        String csv = InitiativeCsv.of(filter.apply(initiatives.list(municipality.code())), labels);
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("indsatser-" + municipality.code() + "-" + LocalDate.now(DanishFormats.DENMARK) + ".csv")
                        .build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    static Municipality municipality(String kommunekode) {
        return ReferenceData.instance().findMunicipality(kommunekode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ukendt kommunekode " + kommunekode));
    }

    static String listPath(Municipality municipality) {
        return "/kommuner/" + municipality.code() + "/indsatser";
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
