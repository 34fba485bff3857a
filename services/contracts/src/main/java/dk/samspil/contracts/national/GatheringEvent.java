package dk.samspil.contracts.national;

/**
 * Every published gathering event names its gathering (the aggregate id and the record key), what kind it is and
 * where it belongs: a police district's code, or null for a national gathering.
 */
public interface GatheringEvent {

    String gatheringId();

    GatheringKind kind();

    String districtCode();
}
