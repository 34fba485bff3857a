package dk.samspil.municipality.initiative.query;

/** One initiative of one municipality; another municipality's initiative is not found. */
public record FetchInitiativeQuery(String municipalityCode, String initiativeId) {
}
