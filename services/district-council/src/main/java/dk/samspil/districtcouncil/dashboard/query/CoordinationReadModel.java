package dk.samspil.districtcouncil.dashboard.query;

import dk.samspil.contracts.national.ProjectPilotMunicipalityEvent;
import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.districtcouncil.CooperationPlanPublished;
import dk.samspil.contracts.districtcouncil.DecisionAssigned;
import dk.samspil.contracts.districtcouncil.DecisionMade;
import dk.samspil.contracts.districtcouncil.DistrictCouncilEvent;
import dk.samspil.contracts.districtcouncil.DistrictPrioritiesSet;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.localcouncil.DecisionImplementationReported;
import dk.samspil.contracts.localcouncil.LocalCouncilEvent;
import dk.samspil.contracts.localcouncil.LocalReportSubmitted;
import dk.samspil.contracts.municipality.ConcernConfirmed;
import dk.samspil.contracts.municipality.ConcernEscalated;
import dk.samspil.contracts.municipality.ConcernEvent;
import dk.samspil.contracts.municipality.ConcernRaised;
import dk.samspil.contracts.national.ProjectEvent;
import dk.samspil.contracts.reference.LocalCouncil;
import dk.samspil.contracts.reference.LocalCouncils;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownLocalCouncilException;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.contracts.reference.UnknownPoliceDistrictException;
import dk.samspil.platform.kafka.ReadModel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the levels work together in each police district, from the published concern, local-council,
 * district-council and national project events: concerns, the local councils' latest reports, the district council's
 * decisions with their implementation, its priorities, its published cooperation plan, and the national projects
 * with pilot municipalities in the district. Applying is idempotent and ignores events older
 * than what their aggregate's part of a document has seen, so redelivery and replay change nothing.
 */
public final class CoordinationReadModel implements ReadModel {

    private final ReferenceData referenceData = ReferenceData.instance();
    private final LocalCouncils localCouncils;
    private final ConcernStore concerns;
    private final LocalReportStore localReports;
    private final DecisionStore decisions;
    private final DistrictCouncilStore districtCouncils;
    private final PilotProjectStore pilotProjects;

    public CoordinationReadModel(MongoDatabase database, LocalCouncils localCouncils) {
        this.localCouncils = localCouncils;
        this.concerns = new ConcernStore(database);
        this.localReports = new LocalReportStore(database);
        this.decisions = new DecisionStore(database);
        this.districtCouncils = new DistrictCouncilStore(database);
        this.pilotProjects = new PilotProjectStore(database);
    }

    /**
     * Applies one contract event; events the dashboards do not show (a meeting, a draft, a local activity) and events
     * of other topics change nothing.
     *
     * @return false when the event changed nothing
     * @throws MalformedEventException when the event names a municipality, police district or local council the
     *                                 reference data does not know, places a pilot municipality in another police
     *                                 district than the reference data does, or lacks a value the dashboards need
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        RequiredFields.check(envelope);
        Object payload = envelope.payload();
        if (payload instanceof ConcernEvent event) {
            knownOrMalformed(envelope, () -> checkArea(event));
            return concerns.apply(envelope, event);
        }
        if (payload instanceof LocalCouncilEvent event) {
            knownOrMalformed(envelope, () -> localCouncils.byId(event.localCouncilId()));
            return applyLocalCouncilEvent(envelope, event);
        }
        if (payload instanceof DistrictCouncilEvent event) {
            knownOrMalformed(envelope, () -> referenceData.district(event.districtCode()));
            return applyDistrictCouncilEvent(envelope, event);
        }
        if (payload instanceof ProjectEvent event) {
            knownOrMalformed(envelope, () -> ProjectPilotMunicipalityEvent.of(event).ifPresent(change -> checkPilot(envelope, change)));
            return pilotProjects.apply(envelope, event);
        }
        return false;
    }

    @Override
    public void drop() {
        concerns.drop();
        localReports.drop();
        decisions.drop();
        districtCouncils.drop();
        pilotProjects.drop();
    }

    /** Nothing applied yet: a new read model, or one dropped to be rebuilt from the topics. */
    @Override
    public boolean isEmpty() {
        return concerns.isEmpty() && localReports.isEmpty() && decisions.isEmpty() && districtCouncils.isEmpty()
                && pilotProjects.isEmpty();
    }

    DistrictConcerns concerns(String districtCode) {
        List<ConcernItem> open = concerns.openTouching(districtCode).stream()
                .map(document -> ConcernStore.read(document,
                        referenceData.municipality(document.getString("raisedBy")).name()))
                .toList();
        List<ConcernItem> raisedInDistrict = open.stream().filter(concern -> raisedIn(concern, districtCode)).toList();
        List<ConcernItem> escalated = open.stream().filter(concern -> concern.escalatedTo().contains(districtCode)).toList();
        List<ConcernItem> fromElsewhere = open.stream().filter(concern -> !raisedIn(concern, districtCode)).toList();
        return new DistrictConcerns(raisedInDistrict, escalated, fromElsewhere, open.size(), escalated.size());
    }

    List<LocalCouncilReport> localReports(String districtCode) {
        List<LocalCouncil> councils = localCouncils.inDistrict(districtCode);
        Map<String, LocalReport> latest = localReports.latestOf(councils.stream().map(LocalCouncil::id).toList());
        return councils.stream()
                .map(council -> new LocalCouncilReport(council.id(), council.name(), latest.get(council.id())))
                .toList();
    }

    List<DecisionItem> decisions(String districtCode, LocalDate today) {
        return decisions.ofDistrict(districtCode, today, id -> localCouncils.byId(id).name());
    }

    Optional<SetPriorities> priorities(String districtCode) {
        return districtCouncils.priorities(districtCode);
    }

    Optional<CooperationPlanState> cooperationPlan(String districtCode) {
        return districtCouncils.cooperationPlan(districtCode);
    }

    List<PilotProjectItem> pilotProjects(String districtCode) {
        return pilotProjects.inDistrict(districtCode);
    }

    private boolean applyLocalCouncilEvent(EventEnvelope<?> envelope, LocalCouncilEvent event) {
        if (event instanceof LocalReportSubmitted submitted) {
            return localReports.apply(envelope, submitted);
        }
        if (event instanceof DecisionImplementationReported reported) {
            return decisions.applyReport(envelope, reported);
        }
        return false;
    }

    private boolean applyDistrictCouncilEvent(EventEnvelope<?> envelope, DistrictCouncilEvent event) {
        if (event instanceof DistrictPrioritiesSet set) {
            return districtCouncils.apply(envelope, set);
        }
        if (event instanceof CooperationPlanPublished published) {
            return districtCouncils.apply(envelope, published);
        }
        if (event instanceof DecisionMade made) {
            knownOrMalformed(envelope, () -> made.localCouncilIds().forEach(localCouncils::byId));
            return decisions.applyDecision(envelope, made.districtCode(), made.decisionId(), made.title(),
                    made.dueDate(), made.localCouncilIds());
        }
        if (event instanceof DecisionAssigned assigned) {
            knownOrMalformed(envelope, () -> assigned.assignedLocalCouncilIds().forEach(localCouncils::byId));
            return decisions.applyDecision(envelope, assigned.districtCode(), assigned.decisionId(), assigned.title(),
                    assigned.dueDate(), assigned.assignedLocalCouncilIds());
        }
        return false;
    }

    private void checkArea(ConcernEvent event) {
        referenceData.municipality(event.municipalityCode());
        if (event instanceof ConcernRaised raised) {
            checkArea(raised.municipalityCodes(), raised.districtCodes());
        } else if (event instanceof ConcernConfirmed confirmed) {
            checkArea(confirmed.municipalityCodes(), confirmed.districtCodes());
        } else if (event instanceof ConcernEscalated escalated) {
            escalated.escalatedDistrictCodes().forEach(referenceData::district);
        }
    }

    private void checkPilot(EventEnvelope<?> envelope, ProjectPilotMunicipalityEvent change) {
        Municipality municipality = referenceData.municipality(change.municipalityCode());
        if (!municipality.code().equals(change.municipalityCode())
                || !municipality.districtCode().equals(change.districtCode())) {
            throw new MalformedEventException("Event " + envelope.id() + " places municipality "
                    + change.municipalityCode() + " in police district " + change.districtCode()
                    + "; the reference data has " + municipality.code() + " in " + municipality.districtCode());
        }
    }

    private void checkArea(Collection<String> municipalityCodes, Collection<String> districtCodes) {
        municipalityCodes.forEach(referenceData::municipality);
        districtCodes.forEach(referenceData::district);
    }

    private boolean raisedIn(ConcernItem concern, String districtCode) {
        return referenceData.districtOf(concern.raisedBy()).code().equals(districtCode);
    }

    private static void knownOrMalformed(EventEnvelope<?> envelope, Runnable check) {
        try {
            check.run();
        } catch (UnknownMunicipalityException | UnknownPoliceDistrictException | UnknownLocalCouncilException e) {
            throw new MalformedEventException("Event " + envelope.id() + ": " + e.getMessage(), e);
        }
    }
}
