package dk.samspil.districtcouncil.council.query;

public record FetchPublishedCooperationPlanQuery(String districtCode) {
}
