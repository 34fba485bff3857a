package dk.samspil.districtcouncil.dashboard.query;

/** @param districtCode the politikredskode, always four digits (1460–1471) */
public record FetchDistrictDashboardQuery(String districtCode) {
}
