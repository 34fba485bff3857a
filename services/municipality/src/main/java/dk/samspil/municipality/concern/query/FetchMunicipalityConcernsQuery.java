package dk.samspil.municipality.concern.query;

/** The concerns a municipality raised or that touch it (it is named, or its police district is), newest first. */
public record FetchMunicipalityConcernsQuery(String municipalityCode, String districtCode, Selection selection) {

    public enum Selection {
        OPEN, RESOLVED, ALL
    }
}
