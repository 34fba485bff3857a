package dk.samspil.web.localcouncil.query;

import java.util.List;

/** A local council with its activities (latest held first), reports (newest first) and decisions (soonest due first). */
public record LocalCouncilPage(LocalCouncil council, List<LocalActivity> activities, List<LocalReport> reports,
                               List<AssignedDecision> decisions) {
}
