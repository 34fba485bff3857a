package dk.samspil.web.national.web;

import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.web.national.query.NationalClient;
import dk.samspil.web.national.query.TrendsResponse;
import dk.samspil.web.page.DanishFormats;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.YearMonth;
import java.util.Optional;

/** The national picture month by month, for the country or one district: the last twelve months. */
@Controller
class TrendsController {

    private static final int MONTHS = 12;

    private final NationalClient national;
    private final DanishFormats danish;

    TrendsController(NationalClient national, DanishFormats danish) {
        this.national = national;
        this.danish = danish;
    }

    @GetMapping("/landet/udvikling")
    String trends(@RequestParam(name = "kreds", required = false) String district, Model model) {
        Optional<String> districtCode = Optional.ofNullable(district).filter(code -> !code.isBlank())
                .filter(code -> ReferenceData.instance().findDistrict(code).isPresent());
        YearMonth to = YearMonth.now(DanishFormats.DENMARK);
        TrendsResponse trends = national.trends(to.minusMonths(MONTHS - 1L), to, districtCode);
        TrendCharts charts = new TrendCharts(trends, danish);
        model.addAttribute("trends", trends);
        model.addAttribute("districts", ReferenceData.instance().districts());
        model.addAttribute("selectedDistrict", districtCode.orElse(""));
        model.addAttribute("unknownDistrict", district != null && !district.isBlank() && districtCode.isEmpty());
        model.addAttribute("initiativesChart", charts.initiatives());
        model.addAttribute("preventionChart", charts.preventionLevels());
        model.addAttribute("concernsChart", charts.concerns());
        model.addAttribute("budgetChart", charts.budget());
        return "national/trends";
    }
}
