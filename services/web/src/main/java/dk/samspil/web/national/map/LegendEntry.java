package dk.samspil.web.national.map;

/** One band of the legend: its number (0–5, as in the CSS class {@code map-band-N}) and the values it covers. */
public record LegendEntry(int band, String label) {
}
