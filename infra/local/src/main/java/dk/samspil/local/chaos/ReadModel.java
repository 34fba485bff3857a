package dk.samspil.local.chaos;

/**
 * A read model the suite checks, as its service's API shows it. A listing shows one entry per initiative or concern
 * (the suite sees which are missing or there twice); counters show figures per municipality or district.
 */
enum ReadModel {

    /** The municipality's own list of its initiatives (an Axon projection into MongoDB). */
    MUNICIPALITY_INITIATIVES("municipality: indsatslisten"),
    /** The municipality's own list of the concerns it raised (an Axon projection into MongoDB). */
    MUNICIPALITY_CONCERNS("municipality: bekymringslisten"),
    /** The district dashboard's figures per municipality (Kafka consumer into MongoDB). */
    DISTRICT_DASHBOARD("district-council: dashboardet"),
    /** The open concerns raised in the district, on its dashboard (Kafka consumer into MongoDB). */
    DISTRICT_DASHBOARD_CONCERNS("district-council: dashboardets bekymringer"),
    /** The district dashboard as of now: district-council's activity timeline (Kafka consumer into PostgreSQL). */
    DISTRICT_TIMELINE("district-council: tidslinjen (asOf)"),
    /** The national overview: national-association's activity timeline (Kafka consumer into PostgreSQL). */
    NATIONAL_TIMELINE("national-association: landsoverblikket");

    /** The counter of initiatives in all; the other initiative counters are named by their status. */
    static final String INITIATIVES = "indsatser";
    static final String CONCERNS = "bekymringer";

    private final String label;

    ReadModel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
