package dk.samspil.web.national.web;

import dk.samspil.web.national.query.NationalClient;
import dk.samspil.web.national.query.NationalOverviewResponse;
import dk.samspil.web.page.AsOfDate;
import dk.samspil.web.page.AsOfRefusal;
import dk.samspil.web.page.DanishFormats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national picture: the twelve districts side by side, the map of the municipalities and the key figures. */
@Controller
class NationalOverviewController {

    private final NationalClient national;
    private final NationalMaps maps;
    private final DanishFormats danish;

    NationalOverviewController(NationalClient national, NationalMaps maps, DanishFormats danish) {
        this.national = national;
        this.maps = maps;
        this.danish = danish;
    }

    @GetMapping("/landet")
    String page(@RequestParam(name = "dato", required = false) String date,
                @RequestParam(name = "kort", required = false) String mapFigure, Model model) {
        figures(date, mapFigure, model);
        return "national/overview";
    }

    @GetMapping("/landet/tal")
    String figures(@RequestParam(name = "dato", required = false) String date,
                   @RequestParam(name = "kort", required = false) String mapFigure, Model model) {
        AsOfRefusal.Fetched<NationalOverviewResponse> fetched = AsOfRefusal.fetch(AsOfDate.parse(date), danish,
                asOf -> national.overview(asOf.date()));
        NationalOverviewResponse overview = fetched.figures();
        AsOfDate asOf = fetched.asOf();
        MapFigure figure = MapFigure.fromParameter(mapFigure);
        NationalCharts charts = new NationalCharts(overview, danish);
        model.addAttribute("overview", overview);
        model.addAttribute("labels", overview.labels());
        model.addAttribute("asOf", asOf);
        model.addAttribute("mapFigure", figure);
        model.addAttribute("mapFigures", MapFigure.values());
        model.addAttribute("map", maps.of(overview, figure));
        model.addAttribute("mapRows", maps.rows(overview, figure));
        model.addAttribute("preventionChart", charts.preventionByDistrict());
        model.addAttribute("poolChart", charts.poolByDistrict());
        return "national/overview :: figures";
    }
}
