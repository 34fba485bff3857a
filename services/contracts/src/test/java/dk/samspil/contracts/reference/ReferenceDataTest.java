package dk.samspil.contracts.reference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataTest {

    private final ReferenceData referenceData = ReferenceData.instance();

    @Test
    void has_twelve_police_districts_and_98_municipalities() {
        assertThat(referenceData.districts()).hasSize(12);
        assertThat(referenceData.municipalities()).hasSize(98);
        assertThat(referenceData.districts().stream().mapToInt(district -> district.municipalities().size()).sum())
                .isEqualTo(98);
    }

    @Test
    void places_municipalities_in_their_police_district() {
        assertThat(referenceData.districtOf("0185").code()).isEqualTo("1470");
        assertThat(referenceData.districtOf("0185").name()).isEqualTo("Københavns Politi");
        assertThat(referenceData.districtOf("0336").code()).isEqualTo("1467");
        assertThat(referenceData.districtOf("0390").code()).isEqualTo("1466");
        assertThat(referenceData.districtOf("0773").code()).isEqualTo("1462");
        assertThat(referenceData.municipality("0400").name()).isEqualTo("Bornholm");
    }

    @Test
    void normalises_three_digit_kommunekoder_to_four_digits() {
        assertThat(referenceData.municipality("101").code()).isEqualTo("0101");
        assertThat(referenceData.municipality("101").name()).isEqualTo("København");
        assertThat(ReferenceData.normaliseKommunekode("336")).isEqualTo("0336");
        assertThat(ReferenceData.normaliseKommunekode("0851")).isEqualTo("0851");
    }

    @Test
    void rejects_christiansoe_which_is_not_a_municipality() {
        assertThatThrownBy(() -> referenceData.municipality("0411"))
                .isInstanceOf(UnknownMunicipalityException.class)
                .hasMessageContaining("Christiansø");
        assertThatThrownBy(() -> referenceData.municipality("411")).isInstanceOf(UnknownMunicipalityException.class);
    }

    @Test
    void rejects_unknown_and_malformed_codes() {
        assertThatThrownBy(() -> referenceData.municipality("0999")).isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> referenceData.municipality("12")).isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> referenceData.municipality("01011")).isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> referenceData.municipality("abc")).isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> referenceData.municipality(null)).isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> referenceData.district("1459")).isInstanceOf(UnknownPoliceDistrictException.class);
    }

    @Test
    void every_district_is_named_and_coded_1460_to_1471() {
        assertThat(referenceData.districts()).extracting(PoliceDistrict::code)
                .containsExactly("1460", "1461", "1462", "1463", "1464", "1465",
                        "1466", "1467", "1468", "1469", "1470", "1471");
        assertThat(referenceData.districts()).allSatisfy(district -> assertThat(district.name()).endsWith("Politi"));
    }

    @Test
    void loading_refuses_a_municipality_listed_in_two_districts() {
        List<String[]> rows = List.of(
                new String[]{"1470", "Københavns Politi", "0101", "København"},
                new String[]{"1469", "Københavns Vestegns Politi", "0101", "København"});

        assertThatThrownBy(() -> ReferenceData.fromRows(rows))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one");
    }
}
