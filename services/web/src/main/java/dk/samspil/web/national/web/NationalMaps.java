package dk.samspil.web.national.web;

import dk.samspil.web.figures.MunicipalityFigures;
import dk.samspil.web.national.map.Choropleth;
import dk.samspil.web.national.map.ChoroplethView;
import dk.samspil.web.national.query.DistrictFigures;
import dk.samspil.web.national.query.NationalOverviewResponse;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The map of the 98 municipalities coloured by a chosen figure, and the same figures as a table beside it. */
@Component
class NationalMaps {

    private final Choropleth choropleth;

    NationalMaps(Choropleth choropleth) {
        this.choropleth = choropleth;
    }

    ChoroplethView of(NationalOverviewResponse overview, MapFigure figure) {
        Map<String, Long> values = new LinkedHashMap<>();
        overview.districts().forEach(district -> district.municipalities()
                .forEach(municipality -> values.put(municipality.code(), figure.of(municipality))));
        return choropleth.view(values, figure.label(), figure.unit());
    }

    List<MapRow> rows(NationalOverviewResponse overview, MapFigure figure) {
        return overview.districts().stream()
                .flatMap(district -> district.municipalities().stream().map(municipality -> row(district, municipality,
                        figure)))
                .toList();
    }

    private static MapRow row(DistrictFigures district, MunicipalityFigures municipality, MapFigure figure) {
        return new MapRow(district.name(), municipality.name(), figure.of(municipality));
    }

    record MapRow(String district, String municipality, long value) {
    }
}
