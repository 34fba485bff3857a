package dk.samspil.contracts.national;

/** How many took part from one municipality, and the police district that municipality lies in. */
public record GatheringParticipants(String municipalityCode, String districtCode, int participants) {
}
