package dk.samspil.web.national.query;

import dk.samspil.web.figures.Cooperation;
import dk.samspil.web.figures.GroupFigures;
import dk.samspil.web.figures.Labels;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the national association's service answers for {@code GET /api/national/overview}: the fields shown. */
public record NationalOverviewResponse(Instant asOf, Instant lastEventAt, GroupFigures totals,
                                       Cooperation cooperation, List<DistrictFigures> districts,
                                       Map<String, String> statusLabels, Map<String, String> preventionLevelLabels,
                                       Map<String, String> scopeLabels) {

    public Labels labels() {
        return new Labels(statusLabels, preventionLevelLabels, scopeLabels);
    }
}
