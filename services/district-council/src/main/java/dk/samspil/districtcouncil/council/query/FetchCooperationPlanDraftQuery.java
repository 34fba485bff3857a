package dk.samspil.districtcouncil.council.query;

/** The latest draft of the district's cooperation plan, published or not. */
public record FetchCooperationPlanDraftQuery(String districtCode) {
}
