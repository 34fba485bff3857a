package dk.samspil.web.localcouncil.query;

import java.util.List;

/** What the local council's service answers for {@code GET /api/local-councils/{id}}. */
public record LocalCouncil(String id, String name, String districtCode, String districtName,
                           List<Municipality> municipalities, long activityCount, long reportCount,
                           long decisionCount, long openDecisionCount) {

    public record Municipality(String code, String name) {
    }
}
