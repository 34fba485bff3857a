package dk.samspil.nationalassociation.gathering.command;

/** How many took part from one municipality (canonical 4-digit kommunekode) and the police district it lies in. */
public record MunicipalityParticipants(String municipalityCode, String districtCode, int participants) {
}
