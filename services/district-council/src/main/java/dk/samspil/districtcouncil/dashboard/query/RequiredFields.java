package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.municipality.ConcernUpdated;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.national.ProjectProposed;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Refuses, as malformed, an event without a value the dashboards store: applied, it would either fail on every
 * retry (holding its partition up) or leave a document no dashboard can be read from.
 */
final class RequiredFields {

    private RequiredFields() {
    }

    static void check(EventEnvelope<?> envelope) {
        if (!complete(envelope.payload())) {
            throw new MalformedEventException("Event " + envelope.id() + " (" + envelope.type()
                    + ") lacks a value the district dashboards need");
        }
    }

    private static boolean complete(Object payload) {
        if (payload instanceof ConcernEvent event && !present(event.concernId(), event.municipalityCode(), event.status())) {
            return false;
        }
        if (payload instanceof ConcernRaised raised) {
            return present(raised.themes(), raised.severity(), raised.municipalityCodes(), raised.districtCodes())
                    && noneMissing(raised.themes());
        }
        if (payload instanceof ConcernUpdated updated) {
            return present(updated.severity());
        }
        if (payload instanceof ConcernConfirmed confirmed) {
            return present(confirmed.municipalityCodes(), confirmed.districtCodes());
        }
        if (payload instanceof ConcernEscalated escalated) {
            return present(escalated.escalatedDistrictCodes());
        }
        if (payload instanceof LocalReportSubmitted report) {
            return present(report.reportId(), report.periodStart(), report.periodEnd(), report.themeTrends(), report.figures())
                    && report.themeTrends().stream().allMatch(trend -> trend != null && present(trend.theme(), trend.trend()))
                    && noneMissing(report.figures());
        }
        if (payload instanceof DecisionImplementationReported reported) {
            return present(reported.decisionId(), reported.status(), reported.reportedOn());
        }
        if (payload instanceof DecisionMade made) {
            return present(made.decisionId(), made.dueDate(), made.localCouncilIds());
        }
        if (payload instanceof DecisionAssigned assigned) {
            return present(assigned.decisionId(), assigned.dueDate(), assigned.assignedLocalCouncilIds());
        }
        if (payload instanceof DistrictPrioritiesSet set) {
            return present(set.periodStart(), set.periodEnd(), set.priorities())
                    && set.priorities().stream().allMatch(priority -> priority != null && present(priority.theme()));
        }
        if (payload instanceof CooperationPlanPublished published) {
            return present(published.publishedOn());
        }
        if (payload instanceof ProjectProposed proposed) {
            return present(proposed.projectId(), proposed.name(), proposed.periodStart(), proposed.periodEnd());
        }
        if (payload instanceof ProjectEvent event) {
            return present(event.projectId()) && ProjectPilotMunicipalityEvent.of(event)
                    .map(change -> present(change.municipalityCode(), change.districtCode(), change.role()))
                    .orElse(true);
        }
        return true;
    }

    private static boolean present(Object... values) {
        return Arrays.stream(values).allMatch(Objects::nonNull);
    }

    private static boolean noneMissing(Collection<?> values) {
        return values.stream().allMatch(Objects::nonNull);
    }
}
