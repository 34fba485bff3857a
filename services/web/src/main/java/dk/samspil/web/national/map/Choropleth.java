package dk.samspil.web.national.map;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.PoliceDistrict;
import dk.samspil.contracts.reference.ReferenceData;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Colours the municipality map by one figure per municipality, for the fragment {@code fragments/map ::
 * choropleth(map)}. A municipality missing from the figures shows as "ingen tal"; codes that are not municipalities
 * (such as 0411 Christiansø) are ignored.
 */
@Component
public class Choropleth {

    private static final int NO_DATA_BAND = 0;

    private final MunicipalityMap map;
    private final ReferenceData reference = ReferenceData.instance();

    public Choropleth(MunicipalityMap map) {
        this.map = map;
    }

    /** The unit in tooltips and summary is the label with a lower-case initial: "Indsatser i alt" → "indsatser i alt". */
    public ChoroplethView view(Map<String, Long> valuesByKommunekode, String figureLabel) {
        return view(valuesByKommunekode, figureLabel, unitOf(figureLabel));
    }

    /**
     * @param valuesByKommunekode figures by 3- or 4-digit kommunekode; none may be negative
     * @param figureLabel         what the figure is, shown in the caption: "Indsatser i alt"
     * @param unit                what the numbers count, in tooltips and summary: "indsatser i alt"
     */
    public ChoroplethView view(Map<String, Long> valuesByKommunekode, String figureLabel, String unit) {
        Map<String, Long> values = municipalValues(valuesByKommunekode);
        Banding banding = Banding.of(values.values().stream().filter(value -> value > 0).toList());
        List<MapArea> areas = map.municipalityPaths().entrySet().stream()
                .map(shape -> area(shape.getKey(), shape.getValue(), values.get(shape.getKey()), banding, unit))
                .toList();
        Map<String, Long> valuesByName = new LinkedHashMap<>();
        areas.stream().filter(area -> area.value() != null)
                .forEach(area -> valuesByName.put(area.municipalityName(), area.value()));
        return new ChoroplethView(idOf(figureLabel), figureLabel, map.viewBox(), areas, districts(), map.bornholmInset(),
                legend(areas, banding), Summary.of(valuesByName, unit));
    }

    private MapArea area(String kommunekode, String path, Long value, Banding banding, String unit) {
        Municipality municipality = reference.municipality(kommunekode);
        PoliceDistrict district = reference.district(municipality.districtCode());
        int band = value == null || value == 0 ? NO_DATA_BAND : banding.bandOf(value);
        String figure = value == null ? "ingen tal" : DanishNumbers.format(value) + " " + unit;
        return new MapArea(kommunekode, municipality.name(), district.code(), district.name(), path, value, band,
                municipality.name() + " (" + district.name() + "): " + figure);
    }

    private static List<LegendEntry> legend(List<MapArea> areas, Banding banding) {
        List<LegendEntry> legend = new ArrayList<>();
        if (areas.stream().anyMatch(area -> area.band() == NO_DATA_BAND)) {
            legend.add(new LegendEntry(NO_DATA_BAND, "0 eller ingen tal"));
        }
        legend.addAll(banding.legend());
        return legend;
    }

    private List<DistrictOutline> districts() {
        return map.districtOutlines().entrySet().stream()
                .map(outline -> new DistrictOutline(outline.getKey(), reference.district(outline.getKey()).name(),
                        outline.getValue()))
                .toList();
    }

    private Map<String, Long> municipalValues(Map<String, Long> valuesByKommunekode) {
        Map<String, Long> values = new LinkedHashMap<>();
        valuesByKommunekode.forEach((kommunekode, value) -> {
            if (value != null && value < 0) {
                throw new IllegalArgumentException("A map shows counts, not " + value + " for " + kommunekode);
            }
            if (value != null) {
                reference.findMunicipality(kommunekode).ifPresent(municipality -> values.put(municipality.code(), value));
            }
        });
        return values;
    }

    static String unitOf(String figureLabel) {
        boolean acronym = figureLabel.length() > 1 && Character.isUpperCase(figureLabel.charAt(1));
        return figureLabel.isEmpty() || acronym ? figureLabel
                : Character.toLowerCase(figureLabel.charAt(0)) + figureLabel.substring(1);
    }

    /** "Indsatser i alt" → "kort-indsatser-i-alt"; æ, ø and å become ae, oe and aa. */
    static String idOf(String figureLabel) {
        String ascii = Normalizer.normalize(figureLabel.toLowerCase(Locale.ROOT)
                        .replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ("kort-" + ascii.replaceAll("[^a-z0-9]+", "-")).replaceAll("-+$", "");
    }
}
