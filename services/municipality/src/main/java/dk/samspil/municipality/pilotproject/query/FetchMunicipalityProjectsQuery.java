package dk.samspil.municipality.pilotproject.query;

/** The national projects the municipality was invited to as a pilot municipality, those it left included. */
public record FetchMunicipalityProjectsQuery(String municipalityCode) {
}
