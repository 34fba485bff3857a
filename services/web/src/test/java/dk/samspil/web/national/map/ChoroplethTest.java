package dk.samspil.web.national.map;

import dk.samspil.contracts.reference.Municipality;
import dk.samspil.contracts.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ChoroplethTest {

    private static final MunicipalityMap MAP = new MunicipalityMap();
    private static final List<String> CODES =
            ReferenceData.instance().municipalities().stream().map(Municipality::code).toList();

    private final Choropleth choropleth = new Choropleth(MAP);

    @Test
    void every_municipality_is_an_area_with_its_shape_and_police_district() {
        ChoroplethView view = choropleth.view(Map.of("0336", 12L), "Indsatser i alt");

        assertThat(view.areas()).hasSize(98).extracting(MapArea::kommunekode).containsExactlyElementsOf(CODES);
        assertThat(view.areas()).filteredOn(area -> area.kommunekode().equals("0336")).singleElement()
                .satisfies(stevns -> {
                    assertThat(stevns.municipalityName()).isEqualTo("Stevns");
                    assertThat(stevns.districtCode()).isEqualTo("1467");
                    assertThat(stevns.districtName()).isEqualTo("Midt- og Vestsjællands Politi");
                    assertThat(stevns.path()).isEqualTo(MAP.municipalityPaths().get("0336"));
                    assertThat(stevns.value()).isEqualTo(12L);
                });
        assertThat(view.viewBox()).isEqualTo(MAP.viewBox());
        assertThat(view.bornholmInset()).isEqualTo(MAP.bornholmInset());
        assertThat(view.districts()).hasSize(12).first()
                .extracting(DistrictOutline::districtCode, DistrictOutline::districtName, DistrictOutline::path)
                .containsExactly("1460", "Nordjyllands Politi", MAP.districtOutlines().get("1460"));
    }

    @Test
    void the_tooltip_names_municipality_district_and_figure_in_danish() {
        ChoroplethView view = choropleth.view(Map.of("0336", 12L, "0751", 1234L), "Indsatser i alt");

        assertThat(area(view, "0336").tooltip()).isEqualTo("Stevns (Midt- og Vestsjællands Politi): 12 indsatser i alt");
        assertThat(area(view, "0751").tooltip()).isEqualTo("Aarhus (Østjyllands Politi): 1.234 indsatser i alt");
        assertThat(area(view, "0825").tooltip()).isEqualTo("Læsø (Nordjyllands Politi): ingen tal");
    }

    @Test
    void the_unit_can_be_given_and_an_acronym_keeps_its_capitals() {
        assertThat(area(choropleth.view(Map.of("0336", 3L), "SSP-møder"), "0336").tooltip())
                .endsWith(": 3 SSP-møder");
        assertThat(area(choropleth.view(Map.of("0336", 3L), "Møder i året", "møder"), "0336").tooltip())
                .endsWith(": 3 møder");
    }

    @Test
    void zero_and_missing_figures_are_band_0_and_have_a_legend_entry() {
        ChoroplethView view = choropleth.view(Map.of("0336", 0L, "0751", 5L), "Indsatser i alt");

        assertThat(area(view, "0336").band()).isZero();
        assertThat(area(view, "0336").value()).isZero();
        assertThat(area(view, "0825").band()).isZero();
        assertThat(area(view, "0825").value()).isNull();
        assertThat(view.legend()).first().isEqualTo(new LegendEntry(0, "0 eller ingen tal"));
    }

    @Test
    void positive_figures_are_banded_by_quintiles_with_contiguous_legend_labels() {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            values.put(CODES.get(i), i + 1L);
        }

        ChoroplethView view = choropleth.view(values, "Indsatser i alt");

        assertThat(view.legend()).extracting(LegendEntry::band, LegendEntry::label).containsExactly(
                tuple(0, "0 eller ingen tal"), tuple(1, "1–4"), tuple(2, "5–8"), tuple(3, "9–12"), tuple(4, "13–16"),
                tuple(5, "17–20"));
        assertThat(view.areas().subList(0, 20)).extracting(MapArea::band)
                .containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5);
        assertThat(view.areas().subList(20, 98)).extracting(MapArea::band).containsOnly(0);
    }

    @Test
    void with_fewer_than_five_distinct_figures_the_bands_are_equal_intervals() {
        ChoroplethView view = choropleth.view(Map.of("0336", 1L, "0751", 2L, "0825", 100L), "Indsatser i alt");

        assertThat(List.of(area(view, "0336").band(), area(view, "0751").band(), area(view, "0825").band()))
                .containsExactly(1, 1, 5);
        assertThat(view.legend()).extracting(LegendEntry::band, LegendEntry::label)
                .containsExactly(tuple(0, "0 eller ingen tal"), tuple(1, "1–2"), tuple(5, "100"));
    }

    @Test
    void when_every_municipality_has_the_same_figure_they_share_the_middle_band() {
        Map<String, Long> values = new HashMap<>();
        CODES.forEach(code -> values.put(code, 5L));

        ChoroplethView view = choropleth.view(values, "Indsatser i alt");

        assertThat(view.areas()).extracting(MapArea::band).containsOnly(3);
        assertThat(view.legend()).containsExactly(new LegendEntry(3, "5"));
        assertThat(view.summary()).isEqualTo("Alle 98 kommuner med tal har 5 indsatser i alt.");
    }

    @Test
    void the_summary_names_the_highest_and_lowest_and_gives_the_median() {
        ChoroplethView view = choropleth.view(Map.of("0751", 42L, "0825", 0L, "0336", 7L), "Indsatser i alt");

        assertThat(view.summary()).isEqualTo("Flest indsatser i alt: Aarhus (42); færrest: Læsø (0). Medianen er 7.");
    }

    @Test
    void the_summary_groups_ties_and_the_median_of_an_even_count_may_be_a_half() {
        ChoroplethView fewTies = choropleth.view(
                Map.of("0461", 42L, "0101", 42L, "0825", 0L, "0336", 8L, "0330", 7L, "0400", 0L), "Indsatser i alt");
        ChoroplethView manyTies = choropleth.view(
                Map.of("0751", 4L, "0101", 1L, "0825", 1L, "0336", 1L, "0330", 1L), "Indsatser i alt");

        assertThat(fewTies.summary())
                .isEqualTo("Flest indsatser i alt: København og Odense (42); færrest: Bornholm og Læsø (0). Medianen er 7,5.");
        assertThat(manyTies.summary()).isEqualTo("Flest indsatser i alt: Aarhus (4); færrest: 4 kommuner (1). Medianen er 1.");
        assertThat(choropleth.view(Map.of(), "Indsatser i alt").summary()).isEqualTo("Der er ingen tal at vise.");
    }

    @Test
    void codes_that_are_not_municipalities_are_ignored_and_three_digit_codes_are_understood() {
        ChoroplethView view = choropleth.view(Map.of("0411", 50L, "9999", 60L, "336", 4L), "Indsatser i alt");

        assertThat(view.areas()).extracting(MapArea::kommunekode).doesNotContain("0411", "9999");
        assertThat(area(view, "0336").value()).isEqualTo(4L);
        assertThat(view.summary()).isEqualTo("Stevns har 4 indsatser i alt.");
    }

    @Test
    void negative_figures_are_refused() {
        assertThatThrownBy(() -> choropleth.view(Map.of("0336", -1L), "Indsatser i alt"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_view_is_immutable_and_its_id_comes_from_the_label() {
        ChoroplethView view = choropleth.view(Map.of("0336", 1L), "Møder på Ærø i alt");

        assertThat(view.id()).isEqualTo("kort-moeder-paa-aeroe-i-alt");
        assertThat(view.titleId()).isEqualTo("kort-moeder-paa-aeroe-i-alt-titel");
        assertThatThrownBy(() -> view.areas().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.legend().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static MapArea area(ChoroplethView view, String kommunekode) {
        return view.areas().stream().filter(area -> area.kommunekode().equals(kommunekode)).findFirst().orElseThrow();
    }
}
