package dk.samspil.platform.activity;

import com.mongodb.client.MongoDatabase;
import dk.samspil.contracts.events.EventEnvelope;
import dk.samspil.contracts.events.MalformedEventException;
import dk.samspil.contracts.municipality.ActionPlanEvent;
import dk.samspil.contracts.municipality.FundingPoolEvent;
import dk.samspil.contracts.municipality.InitiativeEvent;
import dk.samspil.contracts.municipality.InitiativeRegistered;
import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import dk.samspil.contracts.reference.UnknownMunicipalityException;
import dk.samspil.platform.kafka.ReadModel;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every municipality does, from the contract's initiative, funding-pool and action-plan events: one document
 * per municipality in {@value #COLLECTION} ({@code _id} = kommunekode), read back as figures per municipality and
 * added up per police district. Applying is idempotent: an event counts only when it is newer than what its
 * aggregate's entry has seen, so redelivery and replay change nothing.
 */
public final class ActivityReadModel implements ReadModel {

    public static final String COLLECTION = "municipality_activity";

    private final ReferenceData referenceData = ReferenceData.instance();
    private final MunicipalityActivityStore store;
    private final ActivitySummaries summaries;

    /** @param clock says what "today" is, for what is overdue and which pool is this year's */
    public ActivityReadModel(MongoDatabase database, Clock clock) {
        this.store = new MunicipalityActivityStore(database, COLLECTION);
        this.summaries = new ActivitySummaries(clock);
    }

    /**
     * Applies one contract event; events about other things change nothing.
     *
     * @return false when the event changed nothing, e.g. because it was not newer than what was applied
     * @throws MalformedEventException when the event names no municipality of the reference data, or registers an
     *                                 initiative without a prevention level
     */
    @Override
    public boolean apply(EventEnvelope<?> envelope) {
        String kommunekode;
        if (envelope.payload() instanceof InitiativeEvent event) {
            kommunekode = event.municipalityCode();
        } else if (envelope.payload() instanceof FundingPoolEvent event) {
            kommunekode = event.municipalityCode();
        } else if (envelope.payload() instanceof ActionPlanEvent event) {
            kommunekode = event.municipalityCode();
        } else {
            return false;
        }
        if (envelope.payload() instanceof InitiativeRegistered registered && registered.preventionLevel() == null) {
            throw new MalformedEventException("Event " + envelope.id() + " registers an initiative without a prevention level");
        }
        return store.apply(municipality(envelope, kommunekode).code(), envelope);
    }

    /**
     * Nothing applied yet: a new read model, or one dropped to be rebuilt. Its consumers then read their topics from
     * the start; applying is idempotent, so reading more than needed changes nothing.
     */
    @Override
    public boolean isEmpty() {
        return store.isEmpty();
    }

    @Override
    public void drop() {
        store.drop();
    }

    /** The district's municipalities, read with one query. */
    public DistrictActivity district(PoliceDistrict district) {
        List<String> codes = district.municipalities().stream().map(Municipality::code).toList();
        return activityOf(district, byCode(store.find(codes)));
    }

    /** Every police district, in reference-data order, read with one query. */
    public List<DistrictActivity> districts() {
        Map<String, MunicipalityActivity> activities = byCode(store.findAll());
        return referenceData.districts().stream().map(district -> activityOf(district, activities)).toList();
    }

    private DistrictActivity activityOf(PoliceDistrict district, Map<String, MunicipalityActivity> activities) {
        List<MunicipalitySummary> municipalities = district.municipalities().stream()
                .map(municipality -> new MunicipalitySummary(municipality.code(), municipality.name(),
                        summaries.of(activities.getOrDefault(municipality.code(),
                                MunicipalityActivity.none(municipality.code())))))
                .toList();
        return new DistrictActivity(district.code(), district.name(),
                ActivityTotals.of(municipalities.stream().map(MunicipalitySummary::activity).toList()), municipalities);
    }

    private Municipality municipality(EventEnvelope<?> envelope, String kommunekode) {
        try {
            return referenceData.municipality(kommunekode);
        } catch (UnknownMunicipalityException e) {
            throw new MalformedEventException("Event " + envelope.id() + " names no municipality: " + e.getMessage(), e);
        }
    }

    private static Map<String, MunicipalityActivity> byCode(Collection<MunicipalityActivity> activities) {
        return activities.stream().collect(Collectors.toMap(MunicipalityActivity::municipalityCode, Function.identity()));
    }
}
