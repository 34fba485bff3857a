package dk.samspil.web.national.query;

import dk.samspil.web.figures.Budget;
import dk.samspil.web.figures.Cooperation;

import java.util.List;
import java.util.Map;

/** What {@code GET /api/national/trends} answers: the figures at the end of each month, for a district or all. */
public record TrendsResponse(String from, String to, String districtName, List<Month> months,
                             Map<String, String> preventionLevelLabels) {

    public record Month(String month, long initiatives, Map<String, Long> byPreventionLevel, Budget budget,
                        long initiativesRegistered, long withCurrentAdoptedPlan, Cooperation.Concerns concerns,
                        Cooperation.Gatherings gatherings) {
    }
}
