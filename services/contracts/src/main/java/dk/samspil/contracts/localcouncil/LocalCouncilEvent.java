package dk.samspil.contracts.localcouncil;

/** Every published local-council event names the local council and its police district. */
public interface LocalCouncilEvent {

    String localCouncilId();

    String districtCode();
}
