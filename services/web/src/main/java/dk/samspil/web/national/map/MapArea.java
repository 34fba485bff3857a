package dk.samspil.web.national.map;

/**
 * One municipality on a choropleth. {@code value} is null when there is no figure for it; {@code band} is 0 for no
 * figure or zero and 1–5 from low to high.
 */
public record MapArea(String kommunekode, String municipalityName, String districtCode, String districtName,
        String path, Long value, int band, String tooltip) {
}
