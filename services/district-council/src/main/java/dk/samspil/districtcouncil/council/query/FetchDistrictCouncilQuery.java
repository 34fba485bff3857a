package dk.samspil.districtcouncil.council.query;

public record FetchDistrictCouncilQuery(String districtCode) {
}
