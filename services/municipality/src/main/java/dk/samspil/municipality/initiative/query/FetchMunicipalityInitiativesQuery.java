package dk.samspil.municipality.initiative.query;

public record FetchMunicipalityInitiativesQuery(String municipalityCode) {
}
