package dk.samspil.web.district.query;

import dk.samspil.web.figures.Cooperation;
import dk.samspil.web.figures.GroupFigures;
import dk.samspil.web.figures.Labels;
import dk.samspil.web.figures.MunicipalityFigures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the district council's service answers for {@code GET /api/districts/{code}/dashboard}: the fields the page
 * shows; anything else the service sends is ignored. {@code priorities} and {@code cooperationPlan} are null until
 * the council has set them. Asked {@code asOf} a past day, the service answers the figures only: then the concerns,
 * reports, decisions, priorities, plan and projects are null, and {@code cooperation} counts the concerns instead.
 */
public record DistrictDashboardResponse(String districtCode, String districtName, Instant lastEventAt,
                                        GroupFigures totals, List<MunicipalityFigures> municipalities,
                                        Map<String, String> statusLabels, Map<String, String> preventionLevelLabels,
                                        Map<String, String> scopeLabels, DistrictConcerns concerns,
                                        List<LocalCouncilReport> localReports, List<Decision> decisions,
                                        Priorities priorities, CooperationPlan cooperationPlan,
                                        List<PilotProject> pilotProjects, Cooperation cooperation) {

    /** Whether the answer holds today's concerns, reports, decisions and plans, not only the figures. */
    public boolean hasCouncilDetails() {
        return concerns != null;
    }

    public long openConcerns() {
        return concerns != null ? concerns.openCount() : cooperation == null ? 0 : cooperation.concerns().open();
    }

    public Labels labels() {
        return new Labels(statusLabels, preventionLevelLabels, scopeLabels);
    }
}
