package dk.samspil.municipality.actionplan.query;

public record FetchMunicipalityActionPlansQuery(String municipalityCode) {
}
