package dk.samspil.web.national.map;

/** A police district's outline, drawn over the municipalities. */
public record DistrictOutline(String districtCode, String districtName, String path) {
}
