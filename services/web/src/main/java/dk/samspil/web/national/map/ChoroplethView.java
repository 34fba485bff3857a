package dk.samspil.web.national.map;

import java.util.List;

/**
 * Everything the fragment {@code fragments/map :: choropleth(map)} draws. {@code id} is unique per figure label and
 * prefixes the ids of the SVG's title, description and district outlines.
 */
public record ChoroplethView(String id, String figureLabel, String viewBox, List<MapArea> areas,
        List<DistrictOutline> districts, InsetFrame bornholmInset, List<LegendEntry> legend, String summary) {

    public ChoroplethView {
        areas = List.copyOf(areas);
        districts = List.copyOf(districts);
        legend = List.copyOf(legend);
    }

    public String titleId() {
        return id + "-titel";
    }

    public String descriptionId() {
        return id + "-beskrivelse";
    }

    public String districtsId() {
        return id + "-politikredse";
    }
}
