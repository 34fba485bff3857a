package dk.samspil.web.district.web;

import dk.samspil.web.district.query.DistrictDashboardClient;
import dk.samspil.web.district.query.DistrictDashboardResponse;
import dk.samspil.web.page.AsOfDate;
import dk.samspil.web.page.AsOfRefusal;
import dk.samspil.web.page.DanishFormats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The district council's dashboard: every municipality of the police district with its initiatives, prevention
 * levels, budgets and action plan; concerns, local reports, decisions, priorities, the cooperation plan and pilot
 * projects. Open pages are told of changes in the district by {@code /live/kredse/{code}} and fetch the figures again.
 */
@Controller
class DistrictDashboardController {

    private final DistrictDashboardClient dashboards;
    private final DanishFormats danish;

    DistrictDashboardController(DistrictDashboardClient dashboards, DanishFormats danish) {
        this.dashboards = dashboards;
        this.danish = danish;
    }

    @GetMapping("/kredse/{code}")
    String page(@PathVariable String code, @RequestParam(name = "dato", required = false) String date, Model model) {
        figures(code, date, model);
        return "district/dashboard";
    }

    /** Only the figures, for the page to swap in when something changed or another date was chosen. */
    @GetMapping("/kredse/{code}/tal")
    String figures(@PathVariable String code, @RequestParam(name = "dato", required = false) String date,
                   Model model) {
        AsOfRefusal.Fetched<DistrictDashboardResponse> fetched = AsOfRefusal.fetch(AsOfDate.parse(date), danish,
                asOf -> dashboards.fetch(code, asOf.date()));
        DistrictDashboardResponse dashboard = fetched.figures();
        AsOfDate asOf = fetched.asOf();
        DistrictCharts charts = new DistrictCharts(dashboard, danish);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("labels", dashboard.labels());
        model.addAttribute("asOf", asOf);
        model.addAttribute("preventionChart", charts.preventionTriangle());
        model.addAttribute("statusChart", charts.byStatus());
        model.addAttribute("budgetChart", charts.budgetAgainstPool());
        model.addAttribute("themeChart", charts.themes());
        return "district/dashboard :: figures";
    }
}
