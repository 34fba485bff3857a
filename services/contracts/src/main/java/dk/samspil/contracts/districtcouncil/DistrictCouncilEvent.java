package dk.samspil.contracts.districtcouncil;

/** Every published district-council event names its police district (the council's id). */
public interface DistrictCouncilEvent {

    String districtCode();
}
